#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace dramatis {

// A non-modal message strip above the article ("notes.pdf: not an article file"): it never takes the
// focus or blocks the window, stays until dismissed or for a while, and keeps the last few messages.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // Several messages at once (one drop of several bad files) are shown together, one per line; past
    // MaxLines the rest are counted and "Show all" lists every one in a window of its own.
    static constexpr int MaxLines = 8;
    // Timed messages hide after a while; a state that lasts (a file gone from disk) stays until dismissed.
    enum Duration { Timed, UntilDismissed };
    // A warning (a file that would not open, notes lost) is red; information (a file reloaded as it
    // changed, nothing lost) is blue and leaves sooner, so that good news does not look like an error.
    enum Kind { Warning, Information };
    void showMessages(const QStringList &messages, Duration duration = Timed, Kind kind = Warning);
    QString text() const;
    Kind kind() const { return m_kind; }
    QStringList messages() const;
    void showAll();

private:
    void applyKind(Kind kind);

    QStringList m_messages;
    Kind m_kind = Warning;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_showAll;
    QTimer *m_hideTimer;
};

} // namespace dramatis
