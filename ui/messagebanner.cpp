#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace dramatis {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    pal.setColor(QPalette::Window, dark ? QColor(0x5a, 0x2a, 0x2a) : QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xdc) : QColor(0x6b, 0x1d, 0x16));
    setPalette(pal);
    setFrameShape(QFrame::NoFrame);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(15000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessages(const QStringList &messages)
{
    if (messages.isEmpty())
        return;
    m_label->setText(messages.join(u'\n'));
    show();
    m_hideTimer->start();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace dramatis
