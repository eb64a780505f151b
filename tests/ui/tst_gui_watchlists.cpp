// Watchlists in the real window (offscreen): the sidebar's badges with their tooltips, confirming and
// dismissing a match through the undo stack (remembered in the database), and the Watchlists dialog.
#include "itemmodels/itemroles.h"
#include "lexicon/lexicontagger.h"
#include "library/libraryentitydelegate.h"
#include "library/librarypanel.h"
#include "library/libraryrecorder.h"
#include "mainwindow.h"
#include "watchlists/watchlistcontroller.h"
#include "watchlists/watchlisthitsdialog.h"
#include "watchlists/watchlistsdialog.h"
#include "watchlists/watchliststore.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// Our own article: one person on the list by name, one by initials only, a company with its legal form
// left out, and a place on no list.
const char *const ArticleText
    = "Port authority questions Saltmarsh Freight\n"
      "\n"
      "Edda Lindqvist told the port authority that Saltmarsh Freight had missed two inspections in Porto. "
      "J. Okafor, a former director, declined to comment.\n";

std::shared_ptr<const Tagger> testTagger()
{
    auto tagger = std::make_shared<LexiconTagger>();
    tagger->add(u"Edda Lindqvist"_s, EntityType::Person);
    tagger->add(u"J. Okafor"_s, EntityType::Person);
    tagger->add(u"Saltmarsh Freight"_s, EntityType::Organization);
    tagger->add(u"Porto"_s, EntityType::Location);
    return tagger;
}

WatchlistEntry entry(const QString &name, EntityType type, const QString &note = {})
{
    WatchlistEntry e;
    e.name = name;
    e.type = type;
    e.note = note;
    e.ref = name;
    return e;
}

const QString Teal = u"#16a085"_s;

} // namespace

class TestGuiWatchlists : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void badgesWithTooltips();
    void badgeIsDrawnInTheListColour();
    void confirmAndDismissWithUndo();
    void verdictSurvivesRestart();
    void inactiveListShowsNoBadge();
    void dialogImportUpdateDelete();
    void deleteIsUndoable();
    void renameAndColourAreUndoable();
    void dialogImportError_data();
    void dialogImportError();
    void libraryHits();
    void libraryEntityBadges();
    void listsChangedElsewhereShow();

private:
    void openWindow();
    void openArticle();
    QModelIndex entityRow(const QString &name) const;
    int entityIndex(const QString &name) const { return entityRow(name).data(EntityIndexRole).toInt(); }
    // The entity's context-menu action named `objectName`, null when the menu has none.
    QAction *menuAction(QMenu *menu, const QString &entity, const QString &objectName);
    // Pixels of the entity's row painted exactly in `colour`.
    int pixelsOf(const QString &entity, const QColor &colour);
    // The same in a list of the Library's entity page.
    static int pixelsOf(QListView *list, const QString &entity, const QColor &colour);
    static QModelIndex libraryRow(QListView *list, const QString &entity);

    WatchlistsDialog *openDialog();
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_article;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiWatchlists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dramatis-tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_watchlists"_s);
    QVERIFY(m_dir.isValid());
    m_article = m_dir.filePath(u"port.txt"_s);
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ArticleText);
}

void TestGuiWatchlists::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    WatchlistStore store;
    QVERIFY2(store.open(m_db), qPrintable(store.errorString()));
    QVERIFY(store.addList(u"Inquiry"_s, Teal,
                {entry(u"Edda Lindqvist"_s, EntityType::Person, u"board member since 2019"_s),
                    entry(u"Joseph Okafor"_s, EntityType::Person),
                    entry(u"Saltmarsh Freight Ltd"_s, EntityType::Organization)})
        > 0);
    openWindow();
}

void TestGuiWatchlists::cleanup()
{
    m_window.reset();
}

void TestGuiWatchlists::openWindow()
{
    m_window = std::make_unique<MainWindow>(testTagger());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openAnnotationStore(m_db);
}

void TestGuiWatchlists::openArticle()
{
    m_window->openFiles({m_article});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_VERIFY(!m_window->watchlists()->isIndexing());
}

QModelIndex TestGuiWatchlists::entityRow(const QString &name) const
{
    auto *tree = m_window->findChild<QTreeView *>(u"entityTree"_s);
    const QModelIndexList hits = tree->model()->match(
        tree->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.front();
}

QAction *TestGuiWatchlists::menuAction(QMenu *menu, const QString &entity, const QString &objectName)
{
    menu->clear();
    m_window->watchlists()->addEntityActions(menu, entityIndex(entity));
    return menu->findChild<QAction *>(objectName);
}

int TestGuiWatchlists::pixelsOf(const QString &entity, const QColor &colour)
{
    auto *tree = m_window->findChild<QTreeView *>(u"entityTree"_s);
    const QModelIndex row = entityRow(entity);
    tree->scrollTo(row);
    const QImage image = tree->viewport()->grab(tree->visualRect(row)).toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return n;
}

QModelIndex TestGuiWatchlists::libraryRow(QListView *list, const QString &entity)
{
    const QModelIndexList hits
        = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, entity, 1, Qt::MatchExactly);
    return hits.isEmpty() ? QModelIndex() : hits.front();
}

int TestGuiWatchlists::pixelsOf(QListView *list, const QString &entity, const QColor &colour)
{
    const QModelIndex row = libraryRow(list, entity);
    if (!row.isValid())
        return -1;
    list->scrollTo(row);
    const QImage image = list->viewport()->grab(list->visualRect(row)).toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return n;
}

void TestGuiWatchlists::badgesWithTooltips()
{
    openArticle();
    const QModelIndex edda = entityRow(u"Edda Lindqvist"_s);
    QTRY_COMPARE(edda.data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QCOMPARE(edda.data(WatchlistColourRole).toString(), Teal);
    QCOMPARE(edda.data(WatchlistNameRole).toString(), u"Inquiry"_s);
    const QString tip = edda.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Inquiry: Edda Lindqvist (exact)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"board member since 2019"_s), qPrintable(tip));

    // Initials: a possible match, said so.
    const QModelIndex okafor = entityRow(u"J. Okafor"_s);
    QCOMPARE(okafor.data(WatchlistBadgeRole).toInt(), int(PossibleWatchlistBadge));
    QVERIFY2(okafor.data(Qt::ToolTipRole).toString().contains(u"Joseph Okafor (initials, possible)"_s),
        qPrintable(okafor.data(Qt::ToolTipRole).toString()));

    QCOMPARE(entityRow(u"Saltmarsh Freight"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    const QModelIndex porto = entityRow(u"Porto"_s);
    QCOMPARE(porto.data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QVERIFY(!porto.data(Qt::ToolTipRole).toString().contains(u"watchlist"_s, Qt::CaseInsensitive));
}

void TestGuiWatchlists::badgeIsDrawnInTheListColour()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    const int sure = pixelsOf(u"Edda Lindqvist"_s, QColor(Teal));
    const int possible = pixelsOf(u"J. Okafor"_s, QColor(Teal));
    QVERIFY2(sure > 100, qPrintable(QString::number(sure))); // a filled pill
    QVERIFY2(possible > 0, qPrintable(QString::number(possible))); // an outline only
    QVERIFY2(possible * 2 < sure, qPrintable(u"%1 vs %2"_s.arg(possible).arg(sure)));
    QCOMPARE(pixelsOf(u"Porto"_s, QColor(Teal)), 0);
}

void TestGuiWatchlists::confirmAndDismissWithUndo()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QMenu menu;
    QVERIFY(!menuAction(&menu, u"Porto"_s, u"dismissWatchlistMatch"_s));
    QVERIFY(!menuAction(&menu, u"Edda Lindqvist"_s, u"reconsiderWatchlistMatch"_s));

    // Dismissed: the badge goes, the database remembers.
    QAction *dismiss = menuAction(&menu, u"Edda Lindqvist"_s, u"dismissWatchlistMatch"_s);
    QVERIFY(dismiss);
    dismiss->trigger();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QVERIFY(!entityRow(u"Edda Lindqvist"_s).data(Qt::ToolTipRole).toString().contains(u"Inquiry"_s));
    WatchlistStore probe;
    QVERIFY(probe.open(m_db));
    const qint64 entryId = probe.entries(probe.list(u"Inquiry"_s)->id).front().id;
    QCOMPARE(probe.decision(entryId, EntityType::Person, u"Edda Lindqvist"_s),
        WatchlistStore::Decision::Dismissed);
    // A dismissed match can be shown again; it cannot be dismissed twice.
    QVERIFY(menuAction(&menu, u"Edda Lindqvist"_s, u"reconsiderWatchlistMatch"_s));
    QVERIFY(!menuAction(&menu, u"Edda Lindqvist"_s, u"dismissWatchlistMatch"_s));

    // Undo brings it back, as it was before.
    m_window->undoGroup()->undo();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QCOMPARE(
        probe.decision(entryId, EntityType::Person, u"Edda Lindqvist"_s), WatchlistStore::Decision::None);

    // Confirmed, then confirmed shown; undo goes back to no verdict, redo to confirmed.
    menuAction(&menu, u"Edda Lindqvist"_s, u"confirmWatchlistMatch"_s)->trigger();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    QVERIFY(entityRow(u"Edda Lindqvist"_s).data(Qt::ToolTipRole).toString().contains(u"confirmed"_s));
    QCOMPARE(probe.decision(entryId, EntityType::Person, u"Edda Lindqvist"_s),
        WatchlistStore::Decision::Confirmed);
    // Dismissing a confirmed match, then undoing, restores the confirmation, not nothing.
    menuAction(&menu, u"Edda Lindqvist"_s, u"dismissWatchlistMatch"_s)->trigger();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    m_window->undoGroup()->undo();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    m_window->undoGroup()->undo();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    m_window->undoGroup()->redo();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    // The other entities are untouched.
    QCOMPARE(entityRow(u"J. Okafor"_s).data(WatchlistBadgeRole).toInt(), int(PossibleWatchlistBadge));
}

void TestGuiWatchlists::verdictSurvivesRestart()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"J. Okafor"_s).data(WatchlistBadgeRole).toInt(), int(PossibleWatchlistBadge));
    QMenu menu;
    menuAction(&menu, u"J. Okafor"_s, u"dismissWatchlistMatch"_s)->trigger();
    menuAction(&menu, u"Saltmarsh Freight"_s, u"confirmWatchlistMatch"_s)->trigger();
    m_window.reset();

    openWindow();
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QCOMPARE(entityRow(u"J. Okafor"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QCOMPARE(
        entityRow(u"Saltmarsh Freight"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
}

void TestGuiWatchlists::inactiveListShowsNoBadge()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    WatchlistController *watchlists = m_window->watchlists();
    const qint64 id = watchlists->store()->list(u"Inquiry"_s)->id;
    QVERIFY(watchlists->setActive(id, false));
    QTRY_VERIFY(!watchlists->isIndexing());
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QVERIFY(watchlists->setActive(id, true));
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
}

WatchlistsDialog *TestGuiWatchlists::openDialog()
{
    m_window->showWatchlists();
    WatchlistsDialog *dialog = m_window->watchlistsDialog();
    // Not QTRY_VERIFY: it returns nothing; the callers check the dialog's state themselves.
    if (!QTest::qWaitFor([this] { return !m_window->watchlists()->isIndexing(); }))
        qWarning("the watchlists are still being indexed");
    return dialog;
}

QString TestGuiWatchlists::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestGuiWatchlists::dialogImportUpdateDelete()
{
    openArticle();
    WatchlistsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidget *view = dialog->view();
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), u"Inquiry"_s);
    QCOMPARE(view->topLevelItem(0)->text(1), u"3"_s);
    QCOMPARE(view->topLevelItem(0)->checkState(0), Qt::Checked);

    // Import: a second list, matched at once (Porto is on it).
    const QString places
        = writeFile(u"places.csv"_s, "name,type,note\nPorto,place,the harbour\nVigo,place,\n");
    dialog->importFile(places, u"Harbours"_s);
    QTRY_COMPARE(view->topLevelItemCount(), 2);
    QTRY_VERIFY(dialog->messageLabel()->text().contains(u"2 entries imported"_s));
    QTRY_COMPARE(entityRow(u"Porto"_s).data(WatchlistNameRole).toString(), u"Harbours"_s);
    QCOMPARE(entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));

    // Update from a newer file: what was added and removed is said, Porto is gone from the list.
    const QString newer = writeFile(u"places-2.csv"_s, "name,type\nVigo,place\nGdansk,place\nBrest,place\n");
    const qint64 harbours = m_window->watchlists()->store()->list(u"Harbours"_s)->id;
    dialog->updateFromFile(harbours, newer);
    QTRY_VERIFY2(dialog->messageLabel()->text().contains(u"2 added, 1 removed"_s),
        qPrintable(dialog->messageLabel()->text()));
    QTRY_COMPARE(entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QTRY_COMPARE(view->findItems(u"Harbours"_s, Qt::MatchExactly).value(0)->text(1), u"3"_s);

    // Renamed in place: the badge says the new name.
    QTreeWidgetItem *inquiry = view->findItems(u"Inquiry"_s, Qt::MatchExactly).value(0);
    QVERIFY(inquiry);
    inquiry->setText(0, u"Port inquiry"_s);
    QCOMPARE(m_window->watchlists()->store()->list(u"Port inquiry"_s)->entryCount, 3);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Port inquiry"_s);
    // A name already taken is refused, said so, and the list keeps its name.
    view->findItems(u"Harbours"_s, Qt::MatchExactly).value(0)->setText(0, u"Port inquiry"_s);
    QVERIFY2(
        dialog->messageLabel()->text().contains(u"already"_s), qPrintable(dialog->messageLabel()->text()));
    QVERIFY(m_window->watchlists()->store()->list(u"Harbours"_s));
    QTRY_COMPARE(view->findItems(u"Port inquiry"_s, Qt::MatchExactly).size(), 1);
    QCOMPARE(view->findItems(u"Harbours"_s, Qt::MatchExactly).size(), 1);
    // Unticked: set aside, its badges gone; ticked again, back.
    view->findItems(u"Port inquiry"_s, Qt::MatchExactly).value(0)->setCheckState(0, Qt::Unchecked);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QVERIFY(!m_window->watchlists()->store()->list(u"Port inquiry"_s)->active);
    QTRY_COMPARE(view->findItems(u"Port inquiry"_s, Qt::MatchExactly).value(0)->checkState(0), Qt::Unchecked);
    view->findItems(u"Port inquiry"_s, Qt::MatchExactly).value(0)->setCheckState(0, Qt::Checked);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));

    // Deleted: the badges go with it.
    dialog->removeList(m_window->watchlists()->store()->list(u"Port inquiry"_s)->id);
    QTRY_COMPARE(view->topLevelItemCount(), 1);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
}

void TestGuiWatchlists::deleteIsUndoable()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    // A verdict on the list, to come back with it.
    QMenu menu;
    menuAction(&menu, u"Edda Lindqvist"_s, u"confirmWatchlistMatch"_s)->trigger();
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    WatchlistsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->undoAction()->isEnabled()); // nothing deleted yet

    dialog->removeList(m_window->watchlists()->store()->list(u"Inquiry"_s)->id);
    QTRY_COMPARE(dialog->view()->topLevelItemCount(), 0);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QTRY_VERIFY(dialog->undoAction()->isEnabled());
    QVERIFY2(dialog->undoAction()->text().contains(u"Inquiry"_s), qPrintable(dialog->undoAction()->text()));

    // Undo: the list whole, with its colour, entries, note and the verdict.
    dialog->undoAction()->trigger();
    QTRY_COMPARE(dialog->view()->topLevelItemCount(), 1);
    QTRY_VERIFY2(
        dialog->messageLabel()->text().contains(u"back"_s), qPrintable(dialog->messageLabel()->text()));
    QCOMPARE(dialog->view()->topLevelItem(0)->text(0), u"Inquiry"_s);
    QCOMPARE(dialog->view()->topLevelItem(0)->text(1), u"3"_s);
    QTRY_COMPARE(
        entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistColourRole).toString(), Teal);
    QVERIFY(entityRow(u"Edda Lindqvist"_s)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"board member since 2019"_s));
    QCOMPARE(entityRow(u"J. Okafor"_s).data(WatchlistBadgeRole).toInt(), int(PossibleWatchlistBadge));

    // Redo deletes it again, wherever its id is now; undo once more brings it back again.
    QTRY_VERIFY(dialog->redoAction()->isEnabled());
    dialog->redoAction()->trigger();
    QTRY_COMPARE(dialog->view()->topLevelItemCount(), 0);
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    QTRY_VERIFY(dialog->undoAction()->isEnabled());
    dialog->undoAction()->trigger();
    QTRY_COMPARE(
        entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(ConfirmedWatchlistBadge));
    QCOMPARE(m_window->watchlists()->store()->lists().size(), 1);
}

void TestGuiWatchlists::renameAndColourAreUndoable()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Inquiry"_s);
    WatchlistsDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTreeWidgetItem *item = dialog->view()->findItems(u"Inquiry"_s, Qt::MatchExactly).value(0);
    QVERIFY(item);
    item->setText(0, u"Port inquiry"_s); // renamed in place
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Port inquiry"_s);
    const QString red = u"#c0392b"_s;
    QVERIFY(
        m_window->watchlists()->setColour(m_window->watchlists()->store()->list(u"Port inquiry"_s)->id, red));
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistColourRole).toString(), red);

    // Undo: the colour first, then the name; redo the name again.
    QVERIFY(dialog->undoAction()->isEnabled());
    dialog->undoAction()->trigger();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistColourRole).toString(), Teal);
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Port inquiry"_s);
    dialog->undoAction()->trigger();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Inquiry"_s);
    QVERIFY(m_window->watchlists()->store()->list(u"Inquiry"_s));
    QTRY_COMPARE(dialog->view()->findItems(u"Inquiry"_s, Qt::MatchExactly).size(), 1);
    QVERIFY(!dialog->undoAction()->isEnabled());
    dialog->redoAction()->trigger();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistNameRole).toString(), u"Port inquiry"_s);
    QCOMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistColourRole).toString(), Teal);

    // A step whose list is gone meanwhile (deleted elsewhere) is refused with the reason.
    WatchlistStore elsewhere;
    QVERIFY(elsewhere.open(m_db));
    QVERIFY(elsewhere.removeList(elsewhere.list(u"Port inquiry"_s)->id));
    dialog->redoAction()->trigger(); // the colour, on a list no longer there
    QTRY_VERIFY2(dialog->messageLabel()->text().contains(u"Port inquiry"_s),
        qPrintable(dialog->messageLabel()->text()));
    QVERIFY(elsewhere.lists().isEmpty());
}

void TestGuiWatchlists::dialogImportError_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("csv, unknown type")
        << QByteArray("name,type\nLena Voss,person\nGrey Heron,ship\n") << u"line 3"_s;
    QTest::newRow("csv, no name") << QByteArray("name,type\nLena Voss,person\n,company\n") << u"line 3"_s;
    QTest::newRow("json lines, broken line") << QByteArray(
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Lena Voss\"]}}\n{\"id\":\n")
                                             << u"line 2"_s;
    QTest::newRow("not UTF-8") << QByteArray("Lena Voss\nGr\xff\xfey Heron\n") << u"line 2"_s;
    QTest::newRow("empty") << QByteArray("# nobody yet\n") << u"no names"_s;
}

void TestGuiWatchlists::dialogImportError()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    WatchlistsDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path
        = writeFile(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".csv"_s, file);
    dialog->importFile(path, u"Bad"_s);
    QTRY_VERIFY(!m_window->watchlists()->isWriting());
    const QString message = dialog->messageLabel()->text();
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was imported"_s), qPrintable(message));
    QVERIFY(dialog->messageLabel()->property("error").toBool());
    // Nothing of it is kept.
    QCOMPARE(dialog->view()->topLevelItemCount(), 1);
    QVERIFY(!m_window->watchlists()->store()->list(u"Bad"_s));
}

void TestGuiWatchlists::libraryHits()
{
    // Opening an article records it in the library; a second one names no one on the list.
    QSignalSpy recorded(m_window->libraryPanel()->recorder(), &LibraryRecorder::recorded);
    openArticle();
    const QString other = writeFile(u"weather.txt"_s, "Fog over the estuary\n\nPorto had fog all morning.\n");
    m_window->openFiles({other});
    QTRY_VERIFY(m_window->currentAnalysis()->article.filePath == other);
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 20000);
    m_window->showWatchlistHits();
    WatchlistHitsDialog *dialog = m_window->watchlistHitsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isSearching());
    QTreeWidget *view = dialog->view();
    QTRY_COMPARE(view->topLevelItemCount(), 1);
    QTreeWidgetItem *item = view->topLevelItem(0);
    QCOMPARE(item->text(1), u"Port authority questions Saltmarsh Freight"_s);
    QVERIFY2(item->text(2).contains(u"Edda Lindqvist"_s), qPrintable(item->text(2)));
    QVERIFY2(item->text(2).contains(u"Saltmarsh Freight"_s), qPrintable(item->text(2)));
    QVERIFY2(item->toolTip(2).contains(u"Inquiry"_s), qPrintable(item->toolTip(2)));
    QVERIFY(dialog->statusLabel()->text().contains(u"1 article"_s));

    // Activating the row opens the article.
    QSignalSpy open(dialog, &WatchlistHitsDialog::openRequested);
    Q_EMIT view->itemActivated(item, 1);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.front().front().toString(), m_article);
    QTRY_COMPARE(m_window->currentAnalysis()->article.filePath, m_article);

    // The list switched off: no hit left.
    QVERIFY(
        m_window->watchlists()->setActive(m_window->watchlists()->store()->list(u"Inquiry"_s)->id, false));
    QTRY_COMPARE(view->topLevelItemCount(), 0);
    QTRY_VERIFY(dialog->statusLabel()->text().contains(u"No active watchlist"_s));
}

void TestGuiWatchlists::libraryEntityBadges()
{
    QSignalSpy recorded(m_window->libraryPanel()->recorder(), &LibraryRecorder::recorded);
    openArticle();
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    LibraryPanel *library = m_window->libraryPanel();
    library->parentWidget()->show();
    QVERIFY(library->showEntity(u"Edda Lindqvist"_s, EntityType::Person));
    QListView *entities = library->entityList();
    QListView *with = library->coMentionedList();
    QTRY_VERIFY(libraryRow(entities, u"Porto"_s).isValid());
    QTRY_VERIFY(libraryRow(with, u"Saltmarsh Freight"_s).isValid());
    auto *delegate = qobject_cast<LibraryEntityDelegate *>(entities->itemDelegate());
    QVERIFY(delegate);

    // The sidebar's badge and tooltip lines: a sure match filled, a possible one outlined, none on Porto.
    const QString tip = delegate->toolTip(libraryRow(entities, u"Edda Lindqvist"_s));
    QVERIFY2(tip.contains(u"Inquiry: Edda Lindqvist (exact)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"board member since 2019"_s), qPrintable(tip));
    QVERIFY2(
        tip.startsWith(libraryRow(entities, u"Edda Lindqvist"_s).data(Qt::ToolTipRole).toString() + u"\n\n"),
        qPrintable(tip)); // the model's own line first
    const QString okaforTip = delegate->toolTip(libraryRow(entities, u"J. Okafor"_s));
    QVERIFY2(okaforTip.contains(u"Joseph Okafor (initials, possible)"_s), qPrintable(okaforTip));
    QVERIFY(
        !delegate->toolTip(libraryRow(entities, u"Porto"_s)).contains(u"watchlist"_s, Qt::CaseInsensitive));
    const int sure = pixelsOf(entities, u"Edda Lindqvist"_s, QColor(Teal));
    const int possible = pixelsOf(entities, u"J. Okafor"_s, QColor(Teal));
    QVERIFY2(sure > 100, qPrintable(QString::number(sure)));
    QVERIFY2(possible > 0 && possible * 2 < sure, qPrintable(u"%1 vs %2"_s.arg(possible).arg(sure)));
    QCOMPARE(pixelsOf(entities, u"Porto"_s, QColor(Teal)), 0);
    // The co-mentioned entities too.
    QVERIFY(pixelsOf(with, u"Saltmarsh Freight"_s, QColor(Teal)) > 100);

    // Dismissed in the sidebar: gone from the Library too; undone: back.
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QMenu menu;
    QAction *dismiss = menuAction(&menu, u"Edda Lindqvist"_s, u"dismissWatchlistMatch"_s);
    QVERIFY(dismiss);
    dismiss->trigger();
    QCOMPARE(pixelsOf(entities, u"Edda Lindqvist"_s, QColor(Teal)), 0);
    QVERIFY(!delegate->toolTip(libraryRow(entities, u"Edda Lindqvist"_s)).contains(u"Inquiry"_s));
    m_window->undoGroup()->undo();
    QVERIFY(pixelsOf(entities, u"Edda Lindqvist"_s, QColor(Teal)) > 100);

    // Confirmed: still the list's colour, and the tooltip says so.
    menuAction(&menu, u"Edda Lindqvist"_s, u"confirmWatchlistMatch"_s)->trigger();
    QVERIFY(pixelsOf(entities, u"Edda Lindqvist"_s, QColor(Teal)) > 100);
    QVERIFY(delegate->toolTip(libraryRow(entities, u"Edda Lindqvist"_s)).contains(u"confirmed"_s));

    // The list switched off: no badge left.
    QVERIFY(
        m_window->watchlists()->setActive(m_window->watchlists()->store()->list(u"Inquiry"_s)->id, false));
    QTRY_VERIFY(!m_window->watchlists()->isIndexing());
    QTRY_COMPARE(pixelsOf(entities, u"Edda Lindqvist"_s, QColor(Teal)), 0);
    QCOMPARE(pixelsOf(with, u"Saltmarsh Freight"_s, QColor(Teal)), 0);
}

void TestGuiWatchlists::listsChangedElsewhereShow()
{
    openArticle();
    QTRY_COMPARE(entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));
    QCOMPARE(entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge));
    // Another connection to the database, as the command line's: nothing is done in the window after
    // each change; its timer looks.
    WatchlistStore elsewhere;
    QVERIFY(elsewhere.open(m_db));

    // A new list.
    const QString purple = u"#8e44ad"_s;
    QVERIFY(elsewhere.addList(u"Ports"_s, purple, {entry(u"Porto"_s, EntityType::Location)}) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge), 10000);
    QCOMPARE(entityRow(u"Porto"_s).data(WatchlistColourRole).toString(), purple);
    QTRY_VERIFY(pixelsOf(u"Porto"_s, QColor(purple)) > 100);

    // An update that changes an entry in place (same number of entries, a new note).
    const qint64 inquiry = elsewhere.list(u"Inquiry"_s)->id;
    QList<WatchlistEntry> entries = elsewhere.entries(inquiry);
    for (WatchlistEntry &e : entries) {
        if (e.name == u"Edda Lindqvist")
            e.note = u"left the board in 2024"_s;
    }
    QVERIFY(elsewhere.updateList(inquiry, entries));
    QTRY_VERIFY_WITH_TIMEOUT(
        entityRow(u"Edda Lindqvist"_s).data(Qt::ToolTipRole).toString().contains(u"left the board in 2024"_s),
        10000);

    // The list deleted there: its badges go here.
    QVERIFY(elsewhere.removeList(inquiry));
    QTRY_COMPARE_WITH_TIMEOUT(
        entityRow(u"Edda Lindqvist"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge), 10000);
    QCOMPARE(entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(WatchlistMatchBadge));

    // Activation looks at once, without waiting for the timer.
    QVERIFY(elsewhere.setActive(elsewhere.list(u"Ports"_s)->id, false));
    m_window->watchlists()->checkForChanges();
    QTRY_COMPARE_WITH_TIMEOUT(
        entityRow(u"Porto"_s).data(WatchlistBadgeRole).toInt(), int(NoWatchlistBadge), 1500);
}

QTEST_MAIN(TestGuiWatchlists)
#include "tst_gui_watchlists.moc"
