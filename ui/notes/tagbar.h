#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace dramatis {

// The article's tags, on one line above the text: each tag a small chip whose × removes it, and a field
// where typing a word and pressing Enter adds one. It only asks; the window does the edit (an undo command).
class TagBar final : public QWidget
{
    Q_OBJECT
public:
    explicit TagBar(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    QLineEdit *lineEdit() const { return m_edit; }
    // Lines the tags up with the article's text column, `left` pixels in.
    void setIndent(int left);
    // Why tags cannot be changed now (no database); empty when they can.
    void setUnavailableReason(const QString &reason);

Q_SIGNALS:
    void addRequested(const QString &tag);
    void removeRequested(const QString &tag);

private:
    QHBoxLayout *m_chips;
    QLabel *m_label;
    QLineEdit *m_edit;
    QStringList m_tags;
};

} // namespace dramatis
