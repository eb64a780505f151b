#include "widgets/messagebanner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dramatis {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_showAll(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    applyKind(Warning);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showAll->setText(tr("Show all"));
    m_showAll->setObjectName(QStringLiteral("showAllMessages"));
    m_showAll->setAutoRaise(true);
    m_showAll->hide();
    connect(m_showAll, &QToolButton::clicked, this, &MessageBanner::showAll);
    auto *close = new QToolButton(this);
    close->setText(tr("Dismiss"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_showAll, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBanner::applyKind(Kind kind)
{
    m_kind = kind;
    // Colours from the window's own palette's lightness, so the strip reads in a dark theme too.
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = pal.color(QPalette::Window).lightnessF() < 0.5;
    if (kind == Warning) {
        pal.setColor(QPalette::Window, dark ? QColor(0x5a, 0x2a, 0x2a) : QColor(0xfd, 0xec, 0xea));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xdc) : QColor(0x6b, 0x1d, 0x16));
    } else {
        pal.setColor(QPalette::Window, dark ? QColor(0x1f, 0x3a, 0x55) : QColor(0xe8, 0xf1, 0xfb));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xdc, 0xea, 0xf8) : QColor(0x0d, 0x3b, 0x66));
    }
    setPalette(pal);
    const auto icon = kind == Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_hideTimer->setInterval(kind == Warning ? 15000 : 8000);
}

void MessageBanner::showMessages(const QStringList &messages, Duration duration, Kind kind)
{
    if (messages.isEmpty())
        return;
    applyKind(kind);
    m_messages = messages;
    const bool many = messages.size() > MaxLines;
    QStringList shown = messages.mid(0, MaxLines);
    if (many)
        shown << tr("… and %n more", nullptr, int(messages.size() - MaxLines));
    m_label->setText(shown.join(u'\n'));
    m_showAll->setVisible(many);
    show();
    // A long list is read, not glanced at: it stays until dismissed.
    if (many || duration == UntilDismissed)
        m_hideTimer->stop();
    else
        m_hideTimer->start();
}

QStringList MessageBanner::messages() const
{
    return m_messages;
}

void MessageBanner::showAll()
{
    // Non-modal, so that the analyst can open the files it names while reading it.
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("allMessages"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Messages"));
    auto *list = new QPlainTextEdit(dialog);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setPlainText(m_messages.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(640, 400);
    dialog->show();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace dramatis
