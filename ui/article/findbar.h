#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dramatis {

// The find-in-article bar under the text (Ctrl+F): finds as you type, Enter / Shift+Enter for the next /
// previous match, wrapping around; Esc closes it and gives the focus back to the text.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *view, QWidget *parent = nullptr);

    void activate(); // show, focus, select the current search text
    bool find(bool backward = false);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace dramatis
