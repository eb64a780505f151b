#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace dramatis {

// A non-modal message strip above the article ("notes.pdf: not an article file"): it never takes the
// focus or blocks the window, stays until dismissed or for a while, and keeps the last few messages.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Several messages at once (one drop of several bad files) are shown together, one per line.
    void showMessages(const QStringList &messages);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_label;
    QTimer *m_hideTimer;
};

} // namespace dramatis
