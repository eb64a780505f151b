#pragma once

#include "itemmodels/itemroles.h"
#include "lexicon/analystlexicon.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace dramatis {

class AnnotationStore;

// Every rule of the analyst's lexicon, newest first, for the Lexicon dialog: what the rule says, where it
// holds, where it came from, when. Reloads whenever the store's lexicon changes (an edit, an undo, a
// deletion from the dialog itself, which goes through RemoveLexiconRuleCommand).
class AnalystLexiconModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, ScopeColumn, OriginColumn, CreatedColumn, ColumnCount };

    explicit AnalystLexiconModel(AnnotationStore *store, QObject *parent = nullptr);

    const LexiconRule &rule(int row) const { return m_rules.at(row); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<AnnotationStore> m_store;
    QList<LexiconRule> m_rules;
};

} // namespace dramatis
