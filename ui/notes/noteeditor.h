#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace dramatis {

// The small editor a note is written in: a frame floating over the window next to the words it is about,
// not a dialog, so the article stays readable and usable around it. Enter keeps the note, Shift+Enter
// starts a new line, Esc (or clicking Cancel) drops it. The caller decides what keeping means (a new
// note, an edited one) by what it connects to committed().
class NoteEditor final : public QFrame
{
    Q_OBJECT
public:
    explicit NoteEditor(QWidget *parent);

    // Shows the editor below `anchor` (a rectangle in global coordinates), titled `title`, holding `text`.
    void edit(const QString &title, const QString &text, const QRect &anchor);
    QString text() const;
    QPlainTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void committed(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit();
    void cancel();

    QLabel *m_title;
    QPlainTextEdit *m_edit;
};

} // namespace dramatis
