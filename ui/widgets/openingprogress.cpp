#include "widgets/openingprogress.h"

#include "article/articleopener.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace dramatis {

OpeningProgress::OpeningProgress(ArticleOpener *opener, QWidget *parent)
    : QWidget(parent)
    , m_opener(opener)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("openingProgress"));
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setRange(0, 0); // tagging reports stages, not fractions: a busy indicator is honest
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop opening (Esc)"));
    m_cancelButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);
    hide();
    connect(m_cancelButton, &QToolButton::clicked, m_opener, &ArticleOpener::cancel);
    connect(m_opener, &ArticleOpener::progressChanged, this, &OpeningProgress::setProgress);
    connect(m_opener, &ArticleOpener::busyChanged, this, &OpeningProgress::setBusy);
}

void OpeningProgress::setProgress(const QString &text, int value, int maximum)
{
    m_label->setText(text);
    // A batch counts files, which is a true fraction; one file reports stages: a busy indicator is honest.
    if (m_opener->isBatch()) {
        m_progress->setRange(0, maximum);
        m_progress->setValue(value);
    } else {
        m_progress->setRange(0, 0);
    }
}

void OpeningProgress::setBusy(bool busy)
{
    if (!busy) {
        hide();
        return;
    }
    QTimer::singleShot(150, this, [this] {
        if (m_opener->isBusy())
            show();
    });
}

} // namespace dramatis
