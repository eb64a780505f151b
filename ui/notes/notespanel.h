#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace dramatis {

class AnnotationModel;

// The notes panel below the entity sidebar: the article's notes and highlights in text order (orphans
// last), a search box that filters them, and the keys to act on one: click or Enter goes to its words,
// double click or F2 edits it, Delete removes it. It only asks; the window does the edits, as undo commands.
class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);

    // The annotations shown; nullptr for none (no article, or no database).
    void setModel(AnnotationModel *model);
    AnnotationModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    // The annotation of the current row, 0 when none.
    qint64 currentId() const;
    void setCurrentId(qint64 id);
    // Why notes cannot be taken, shown in place of the list's hint (empty when they can).
    void setUnavailableReason(const QString &reason);

Q_SIGNALS:
    void activated(qint64 id);
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();
    qint64 idAt(const QModelIndex &index) const;

    AnnotationModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_header;
    QLineEdit *m_search;
    QListView *m_view;
    QString m_unavailable;
};

} // namespace dramatis
