#include "notes/noteeditor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dramatis {

namespace {

constexpr int EditorWidth = 340;

} // namespace

NoteEditor::NoteEditor(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    // A raised card: the frame alone is too faint over the article's white.
    setStyleSheet(QStringLiteral("#noteEditor { border: 1px solid palette(mid); border-radius: 6px; "
                                 "background: palette(base); }"));
    m_title->setObjectName(QStringLiteral("noteEditorTitle"));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_title->setFont(small);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_title->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(QStringLiteral("noteEditorText"));
    m_edit->setPlaceholderText(tr("Write a note…"));
    m_edit->setTabChangesFocus(true);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 12);
    m_edit->installEventFilter(this);

    auto *hint = new QLabel(tr("Enter to save · Shift+Enter for a new line · Esc to cancel"), this);
    hint->setFont(small);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *save = new QPushButton(tr("Save"), this);
    save->setDefault(true);
    auto *cancelButton = new QPushButton(tr("Cancel"), this);
    connect(save, &QPushButton::clicked, this, &NoteEditor::commit);
    connect(cancelButton, &QPushButton::clicked, this, &NoteEditor::cancel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(cancelButton);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    hide();
}

void NoteEditor::edit(const QString &title, const QString &text, const QRect &anchor)
{
    m_title->setText(fontMetrics().elidedText(title, Qt::ElideMiddle, EditorWidth - 20));
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    resize(std::max(EditorWidth, sizeHint().width()), sizeHint().height());
    QWidget *host = parentWidget();
    QPoint pos = host->mapFromGlobal(anchor.bottomLeft() + QPoint(0, 6));
    // Kept inside the window: above the words when there is no room below them.
    if (pos.y() + height() > host->height())
        pos.setY(host->mapFromGlobal(anchor.topLeft()).y() - height() - 6);
    pos.setX(std::clamp(pos.x(), 8, std::max(8, host->width() - width() - 8)));
    pos.setY(std::clamp(pos.y(), 8, std::max(8, host->height() - height() - 8)));
    move(pos);
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

QString NoteEditor::text() const
{
    return m_edit->toPlainText().trimmed();
}

void NoteEditor::commit()
{
    const QString note = text();
    hide();
    Q_EMIT committed(note);
}

void NoteEditor::cancel()
{
    hide();
    Q_EMIT cancelled();
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !key->modifiers().testFlag(Qt::ShiftModifier)) {
            commit();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
    }
    // Shortcuts of the window (Delete, 1–4, Ctrl+Z) must not fire while a note is typed.
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace dramatis
