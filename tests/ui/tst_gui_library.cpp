// The Library panel, driven for real (offscreen): articles opened are recorded off the GUI thread and
// listed, searched, opened again by double-click (or reported gone), and an entity leads to the other
// articles that mention it and to the entities mentioned with it. The item models run under
// QAbstractItemModelTester.
#include "itemmodels/itemroles.h"
#include "itemmodels/libraryarticlemodel.h"
#include "itemmodels/libraryentitymodel.h"
#include "itemmodels/libraryidentifiermodel.h"
#include "library/librarypanel.h"
#include "library/libraryreader.h"
#include "library/libraryrecorder.h"
#include "mainwindow.h"
#include "support/guitestarticles.h"
#include "widgets/messagebanner.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace dramatis::test;

class TestGuiLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openedArticlesAreListed();
    void searchFindsText();
    void entityLeadsToOtherArticles();
    void showInLibraryFromTheSidebar();
    void doubleClickOpensOrSaysGone();
    void modelsUnderTester();
    void hiddenLibraryReadsNothing();
    void ctrlLPutsTheCursorInTheSearch();
    void identifiersLinkArticles();

private:
    void openAndRecord(const QStringList &paths);
    // The panel reads off the GUI thread: shows it, and lets every read asked for so far be answered.
    void showLibrary();
    void settle();
    QStringList titles(const QAbstractItemModel *model) const;
    LibraryPanel *panel() const { return m_window->libraryPanel(); }

    QTemporaryDir m_dir;
    QString m_first, m_second, m_third;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dramatis-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_library"));
    QVERIFY(m_dir.isValid());
    m_first = writeTestFile(m_dir, QStringLiteral("oakridge.txt"), ArticleText);
    m_second = writeTestFile(m_dir, QStringLiteral("harbour.txt"), SecondText);
    m_third = writeTestFile(m_dir, QStringLiteral("ferry.txt"),
        "Ferry timetable changes\n\nDalia Fenwick said the ferry to Lisbon will sail twice a "
        "week from March.\n");
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty() && !m_third.isEmpty());
}

void TestGuiLibrary::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("library.sqlite")));
    m_window = std::make_unique<MainWindow>(
        testTagger(), nullptr, m_dir.filePath(QStringLiteral("library.sqlite")));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLibrary::cleanup()
{
    m_window.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_dir.filePath(QStringLiteral("library.sqlite")) + suffix);
}

void TestGuiLibrary::openAndRecord(const QStringList &paths)
{
    QSignalSpy recorded(panel()->recorder(), &LibraryRecorder::recorded);
    m_window->openFiles(paths);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), paths.size(), 20000);
    panel()->refresh();
    settle();
}

void TestGuiLibrary::showLibrary()
{
    panel()->parentWidget()->show();
    settle();
}

void TestGuiLibrary::settle()
{
    // An answer may ask for more (an entity list, then the entity's details): a few rounds.
    for (int round = 0; round < 4; ++round) {
        panel()->reader()->waitForIdle();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QStringList TestGuiLibrary::titles(const QAbstractItemModel *model) const
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, LibraryArticleModel::TitleColumn).data().toString();
    list.sort();
    return list;
}

void TestGuiLibrary::openedArticlesAreListed()
{
    QAction *show = m_window->findChild<QAction *>(QStringLiteral("showLibrary"));
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    QVERIFY(dock && !dock->isVisible());
    show->trigger();
    QVERIFY(dock->isVisible());

    openAndRecord({m_first, m_second});
    QCOMPARE(titles(panel()->articleModel()),
        (QStringList {
            QStringLiteral("Harbour notes"), QStringLiteral("Quentin Marsh joins Oakridge Systems")}));
    const QModelIndex entities = panel()->articleModel()->index(0, LibraryArticleModel::EntitiesColumn);
    QVERIFY(entities.data().toInt() > 0);
    // Opened again: still one row each.
    openAndRecord({m_first});
    QCOMPARE(panel()->articleModel()->rowCount(), 2);
    // The most recently opened first, and a header click sorts.
    QCOMPARE(panel()->articleModel()->index(0, 0).data(ArticlePathRole).toString(), m_first);
    panel()->articleTable()->sortByColumn(LibraryArticleModel::TitleColumn, Qt::AscendingOrder);
    settle(); // sorted by the database, off the GUI thread
    QCOMPARE(panel()->articleModel()->index(0, 0).data().toString(), QStringLiteral("Harbour notes"));
}

void TestGuiLibrary::searchFindsText()
{
    showLibrary();
    openAndRecord({m_first, m_second, m_third});
    QCOMPARE(panel()->articleModel()->rowCount(), 3);
    QTest::keyClicks(panel()->searchField(), QStringLiteral("ferry"));
    QTRY_COMPARE(panel()->articleModel()->rowCount(), 1);
    QCOMPARE(
        panel()->articleModel()->index(0, 0).data().toString(), QStringLiteral("Ferry timetable changes"));
    QVERIFY(panel()
                ->articleModel()
                ->index(0, 0)
                .data(LibrarySnippetRole)
                .toString()
                .contains(QStringLiteral("[ferry]")));
    // What an analyst may type: no error, no crash, an answer.
    for (const QString &hostile :
        {QStringLiteral("Marsh \"Oak"), QStringLiteral("-"), QStringLiteral("NEAR(")}) {
        panel()->searchField()->setText(hostile);
        panel()->refresh();
        settle();
    }
    panel()->searchField()->setText(QStringLiteral("Marsh \"Oak"));
    panel()->refresh();
    settle();
    QCOMPARE(panel()->articleModel()->rowCount(), 1);
    panel()->searchField()->clear();
    panel()->refresh();
    settle();
    QCOMPARE(panel()->articleModel()->rowCount(), 3);
}

void TestGuiLibrary::entityLeadsToOtherArticles()
{
    showLibrary();
    openAndRecord({m_first, m_second, m_third});
    QVERIFY(panel()->showEntity(QStringLiteral("Dalia Fenwick"), EntityType::Person));
    settle();
    QCOMPARE(m_window->findChild<QTabBar *>(QStringLiteral("libraryTabs"))->currentIndex(), 1);
    QCOMPARE(panel()->entityList()->currentIndex().data().toString(), QStringLiteral("Dalia Fenwick"));
    const auto *entityTitle = m_window->findChild<QLabel *>(QStringLiteral("libraryEntityTitle"));
    QVERIFY2(entityTitle->text().endsWith(QStringLiteral("· 2 articles")), qPrintable(entityTitle->text()));
    QCOMPARE(titles(panel()->mentioningModel()),
        (QStringList {QStringLiteral("Ferry timetable changes"),
            QStringLiteral("Quentin Marsh joins Oakridge Systems")}));
    // Lisbon is in both of her articles; Quentin Marsh and Oakridge Systems in one.
    const LibraryEntityModel *with = panel()->coMentionedModel();
    QVERIFY(with->rowCount() >= 3);
    QCOMPARE(with->index(0).data().toString(), QStringLiteral("Lisbon"));
    QCOMPARE(with->index(0).data(LibraryCountRole).toInt(), 2);
    // Following a co-mentioned entity makes it the one shown.
    Q_EMIT panel()->coMentionedList()->activated(with->index(0));
    settle();
    QCOMPARE(panel()->entityList()->currentIndex().data().toString(), QStringLiteral("Lisbon"));
    QCOMPARE(panel()->mentioningModel()->rowCount(), 3);
    QVERIFY(!panel()->showEntity(QStringLiteral("Nobody Known"), EntityType::Person));
}

void TestGuiLibrary::showInLibraryFromTheSidebar()
{
    openAndRecord({m_first, m_third});
    // The sidebar's context menu action, reached the way the menu builds it.
    m_window->selectEntity(0);
    const Entity &e = m_window->currentAnalysis()->entities.at(0);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    QVERIFY(!dock->isVisible());
    dock->show();
    QVERIFY(panel()->showEntity(e.name, e.type));
    settle();
    QCOMPARE(panel()->entityList()->currentIndex().data().toString(), e.name);
    QVERIFY(panel()->mentioningModel()->rowCount() >= 1);
}

void TestGuiLibrary::doubleClickOpensOrSaysGone()
{
    const QString doomed = writeTestFile(m_dir, QStringLiteral("doomed.txt"),
        "Short-lived\n\nPriya Sandoval wrote this before it was deleted.\n");
    openAndRecord({m_second, doomed});
    m_window->libraryPanel()->parentWidget()->show();
    settle();
    QVERIFY(QFile::remove(doomed));
    QSignalSpy opened(panel(), &LibraryPanel::openRequested);
    QSignalSpy message(panel(), &LibraryPanel::message);
    const LibraryArticleModel *model = panel()->articleModel();
    for (int row = 0; row < model->rowCount(); ++row)
        Q_EMIT panel()->articleTable()->activated(model->index(row, 0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_second);
    QCOMPARE(message.size(), 1);
    QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("no longer there")));
    QVERIFY(message.at(0).at(0).toString().contains(QStringLiteral("doomed.txt")));
}

void TestGuiLibrary::modelsUnderTester()
{
    LibraryArticleModel articles;
    LibraryEntityModel entities;
    QAbstractItemModelTester t1(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&entities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(panel()->articleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    showLibrary();
    openAndRecord({m_first, m_second, m_third});
    panel()->refresh();
    settle();
    articles.setArticles(panel()->articleModel()->articles());
    QCOMPARE(articles.rowCount(), 3);
    for (int column = 0; column < LibraryArticleModel::ColumnCount; ++column) {
        articles.sort(column, Qt::AscendingOrder);
        articles.sort(column, Qt::DescendingOrder);
    }
    QPersistentModelIndex kept = articles.index(1, 0);
    const qint64 id = kept.data(LibraryArticleIdRole).toLongLong();
    articles.sort(LibraryArticleModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(kept.data(LibraryArticleIdRole).toLongLong(), id); // persistent indexes follow their rows
    articles.setArticles({});
    panel()->showEntity(QStringLiteral("Lisbon"), EntityType::Location);
    settle();
    entities.setEntities(panel()->entityModel()->entities());
    QVERIFY(entities.rowCount() >= 4);
    entities.setEntities(panel()->coMentionedModel()->entities());
    entities.setEntities({});
}

void TestGuiLibrary::hiddenLibraryReadsNothing()
{
    // Recorded while the Library is hidden: nothing is read, not even the first page.
    openAndRecord({m_first, m_second});
    QCOMPARE(panel()->articleModel()->rowCount(), 0);
    QCOMPARE(panel()->articleModel()->totalCount(), -1);
    QCOMPARE(panel()->entityModel()->rowCount(), 0);
    // Shown, it reads, off the GUI thread; a later record adds its row without reading the list again.
    showLibrary();
    QTRY_COMPARE(panel()->articleModel()->rowCount(), 2);
    QSignalSpy reset(panel()->articleModel(), &QAbstractItemModel::modelReset);
    QSignalSpy recorded(panel()->recorder(), &LibraryRecorder::recorded);
    m_window->openFiles({m_third});
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 20000);
    settle();
    QTRY_COMPARE(panel()->articleModel()->rowCount(), 3);
    QCOMPARE(panel()->articleModel()->index(0, 0).data(ArticlePathRole).toString(), m_third);
    QCOMPARE(reset.size(), 0);
}

void TestGuiLibrary::ctrlLPutsTheCursorInTheSearch()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    QVERIFY(!dock->isVisible());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(panel()->searchField()->hasFocus());
    // Open, with the focus elsewhere: the cursor goes back to the search.
    panel()->articleTable()->setFocus();
    QTRY_VERIFY(panel()->articleTable()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(panel()->searchField()->hasFocus());
    // From the search field, the key closes the Library.
    QTest::keyClick(panel()->searchField(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!dock->isVisible());
}

QTEST_MAIN(TestGuiLibrary)
void TestGuiLibrary::identifiersLinkArticles()
{
    // Lisbon in three articles; a press address in the first two, a phone number in the first and last.
    const QString one = writeTestFile(m_dir, QStringLiteral("contacts1.txt"),
        "Ferry press line\n\nThe ferry to Lisbon is full. Press: press@ferry.example, +44 20 7946 0321.\n");
    const QString two = writeTestFile(m_dir, QStringLiteral("contacts2.txt"),
        "Harbour dues\n\nThe harbour office in Lisbon (press@ferry.example) said dues will rise.\n");
    const QString three = writeTestFile(m_dir, QStringLiteral("contacts3.txt"),
        "Night ferry\n\nCall +44 20 7946 0321 for the night ferry to Lisbon.\n");
    showLibrary();
    openAndRecord({one, two, three, m_second});
    QVERIFY(panel()->showEntity(QStringLiteral("Lisbon"), EntityType::Location));
    settle();
    const LibraryIdentifierModel *ids = panel()->identifierModel();
    QCOMPARE(ids->rowCount(), 2);
    int phone = -1;
    for (int row = 0; row < ids->rowCount(); ++row) {
        QCOMPARE(ids->index(row).data(LibraryCountRole).toInt(), 2); // each in two articles of the library
        if (ids->index(row).data(IdentifierKindRole).toInt() == int(IdentifierKind::Phone))
            phone = row;
    }
    QVERIFY(phone >= 0);
    QCOMPARE(ids->index(phone).data(NormalizedRole).toString(), QStringLiteral("+442079460321"));
    QCOMPARE(panel()->mentioningModel()->rowCount(), 4); // Lisbon's own articles first
    // Choosing the number lists the articles that have it, whatever they mention.
    Q_EMIT panel()->identifierList()->activated(ids->index(phone));
    settle();
    QCOMPARE(titles(panel()->mentioningModel()),
        (QStringList {QStringLiteral("Ferry press line"), QStringLiteral("Night ferry")}));
    const auto *title = m_window->findChild<QLabel *>(QStringLiteral("libraryEntityTitle"));
    QVERIFY2(title->text().endsWith(QStringLiteral("· 2 articles")), qPrintable(title->text()));
    // An entity whose articles have none: the list is empty, not the last entity's.
    QVERIFY(panel()->showEntity(QStringLiteral("Priya Sandoval"), EntityType::Person));
    settle();
    QCOMPARE(ids->rowCount(), 0);
    QCOMPARE(panel()->mentioningModel()->rowCount(), 1);
}

#include "tst_gui_library.moc"
