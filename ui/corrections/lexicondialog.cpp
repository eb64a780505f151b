#include "corrections/lexicondialog.h"

#include "itemmodels/analystlexiconmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dramatis {

LexiconDialog::LexiconDialog(AnnotationStore *store, QWidget *parent)
    : QDialog(parent)
    , m_model(new AnalystLexiconModel(store, this))
    , m_view(new QTableView(this))
    , m_remove(new QPushButton(tr("&Delete Rule"), this))
{
    setObjectName(QStringLiteral("lexiconDialog"));
    setWindowTitle(tr("Lexicon"));
    auto *intro = new QLabel(tr("Your corrections of the tagger. Each applies to every article it names "
                                "(or only the one it was made in), and decides over the tagger."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_view->setObjectName(QStringLiteral("lexiconTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(AnalystLexiconModel::RuleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        AnalystLexiconModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    auto *del = new QAction(tr("Delete Rule"), m_view);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &LexiconDialog::removeSelected);
    m_view->addAction(del);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LexiconDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LexiconDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &LexiconDialog::removeSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    updateButtons();
}

void LexiconDialog::removeSelected()
{
    QList<LexiconRule> rules;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        rules << m_model->rule(row.row());
    if (!rules.isEmpty())
        Q_EMIT removeRequested(rules);
}

void LexiconDialog::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace dramatis
