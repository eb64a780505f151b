#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dramatis {

class ArticleOpener;

// The status bar's "Opening 37 of 412…" with its progress bar and Cancel button, following one
// ArticleOpener. It shows only for work that lasts: a flash of a progress bar on every small file is noise.
class OpeningProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit OpeningProgress(ArticleOpener *opener, QWidget *parent = nullptr);

private:
    void setProgress(const QString &text, int value, int maximum);
    void setBusy(bool busy);

    ArticleOpener *m_opener;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
};

} // namespace dramatis
