// The reader's window, driven for real (offscreen): drops, highlights, sidebar clicks, F3, toggles, errors.
#include "article/articleview.h"
#include "article/entityhighlighter.h"
#include "article/entitypalette.h"
#include "itemmodels/itemroles.h"
#include "lexicon/lexicontagger.h"
#include "mainwindow.h"
#include "support/guitestarticles.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThread>
#include <QTreeView>

using namespace dramatis;
using namespace dramatis::test;

namespace {

// Tags nothing, and takes until it is stopped for any text that says SLOW: a request that is still
// running when the test acts on it, without timing assumptions.
class SlowTagger final : public Tagger
{
public:
    QString name() const override { return QStringLiteral("slow"); }
    MentionList tag(const TokenizedText &tokens, std::stop_token stop) const override
    {
        if (tokens.text.contains(QStringLiteral("SLOW"))) {
            while (!stop.stop_requested())
                QThread::msleep(2);
        }
        return {};
    }
};

// The layout formats (what the highlighter set) covering document position `pos`.
QList<QTextLayout::FormatRange> formatsAt(QTextDocument *doc, int pos)
{
    const QTextBlock block = doc->findBlock(pos);
    QList<QTextLayout::FormatRange> out;
    const int inBlock = pos - block.position();
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= inBlock && inBlock < r.start + r.length)
            out << r;
    }
    return out;
}

} // namespace

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void databaseUpdateIsNews();
    void dropOpensAndHighlights_data();
    void dropOpensAndHighlights();
    void dropSeveralFiles();
    void sidebarClickGoesToMention();
    void clickOnMentionSelectsEntity();
    void headingMentionsAreHighlighted();
    void clickOnHeadingMentionSelectsEntity();
    void unsupportedDrop_data();
    void unsupportedDrop();
    void articleWithoutText_data();
    void articleWithoutText();
    void typeToggleHidesType();
    void filterBox();
    void cancelOpening();
    void findInArticle();
    void zoom();
    void newerRequestStopsOlder();
    void identifiersInSidebarAndText();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void drop(const QStringList &paths);
    void openMain();
    int docPos(const QString &name, int occurrence = 0) const;
    // The document position of `name` in the heading (the article's title).
    int headingPos(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dramatis-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestGuiMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(testTagger());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiMainWindow::cleanup()
{
    m_window.reset();
}

QString TestGuiMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

void TestGuiMainWindow::drop(const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestGuiMainWindow::openMain()
{
    drop({writeFile(QStringLiteral("oakridge.txt"), ArticleText)});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
}

int TestGuiMainWindow::docPos(const QString &name, int occurrence) const
{
    const QString &text = m_window->currentAnalysis()->article.text;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(name, at + 1);
    return at < 0 ? -1 : m_window->articleView()->textStart() + int(at);
}

int TestGuiMainWindow::headingPos(const QString &name) const
{
    const qsizetype at = m_window->currentAnalysis()->article.title.indexOf(name);
    const int titleStart = m_window->articleView()->titleStart();
    return at < 0 || titleStart < 0 ? -1 : titleStart + int(at);
}

void TestGuiMainWindow::dropOpensAndHighlights_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("type");
    QTest::newRow("person") << QStringLiteral("Dalia Fenwick") << 0 << int(EntityType::Person);
    QTest::newRow("person, later") << QStringLiteral("Quentin Marsh") << 2 << int(EntityType::Person);
    QTest::newRow("company") << QStringLiteral("Oakridge Systems") << 1 << int(EntityType::Organization);
    QTest::newRow("place") << QStringLiteral("Lisbon") << 1 << int(EntityType::Location);
}

void TestGuiMainWindow::dropOpensAndHighlights()
{
    QFETCH(QString, name);
    QFETCH(int, occurrence);
    QFETCH(int, type);
    openMain();
    auto *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 1);
    ArticleView *view = m_window->articleView();
    const int pos = docPos(name, occurrence);
    QVERIFY(pos >= 0);
    QCOMPARE(view->document()->toPlainText().mid(pos, name.size()), name);

    const QColor tint = EntityPalette::tint(EntityType(type), view->palette());
    const auto at = formatsAt(view->document(), pos);
    QCOMPARE(at.size(), 1);
    const QTextBlock block = view->document()->findBlock(pos);
    QCOMPARE(block.position() + at[0].start, pos);
    QCOMPARE(at[0].length, name.size());
    QCOMPARE(at[0].format.background().color(), tint);
    // The character before the mention is not highlighted.
    QVERIFY(formatsAt(view->document(), pos - 1).isEmpty());

    auto *counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(counts);
    QCOMPARE(counts->text(), QStringLiteral("2 people · 1 company · 1 place"));
}

void TestGuiMainWindow::dropSeveralFiles()
{
    drop(
        {writeFile(QStringLiteral("one.txt"), ArticleText), writeFile(QStringLiteral("two.md"), SecondText)});
    auto *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(!m_window->isBusy());
    // The first of the drop is shown; picking the second in the list shows it.
    QVERIFY(m_window->currentAnalysis()->article.text.contains(QStringLiteral("Quentin Marsh")));
    list->setCurrentIndex(list->model()->index(1, 0));
    QVERIFY(m_window->currentAnalysis()->article.text.contains(QStringLiteral("Priya Sandoval")));
    QVERIFY(m_window->articleView()->document()->toPlainText().contains(QStringLiteral("Priya Sandoval")));
}

void TestGuiMainWindow::sidebarClickGoesToMention()
{
    openMain();
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityTree"));
    QVERIFY(tree);
    const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0, tree->model()->index(0, 0)),
        Qt::DisplayRole, QStringLiteral("Quentin Marsh"), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(hits.size(), 1);
    const QModelIndex quentin = hits.front();
    // The headline is the article's title, not its text: one mention in the heading, three in the text,
    // and the sidebar counts all four.
    QCOMPARE(quentin.data(MentionCountRole).toInt(), 4);
    // Ordered by count: Quentin (4) before Dalia (2).
    QCOMPARE(quentin.row(), 0);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(quentin).center());

    // The first stop is the heading's mention, then the text's in order: as many stops as the count.
    ArticleView *view = m_window->articleView();
    const QList<int> stops {headingPos(QStringLiteral("Quentin Marsh")),
        docPos(QStringLiteral("Quentin Marsh"), 0), docPos(QStringLiteral("Quentin Marsh"), 1),
        docPos(QStringLiteral("Quentin Marsh"), 2)};
    QVERIFY(!stops.contains(-1));
    QCOMPARE(view->textCursor().position(), stops[0]);
    QCOMPARE(view->currentTitleMention(), 0);
    QCOMPARE(view->currentMention(), -1);
    QCOMPARE(view->selectedEntity(), quentin.data(EntityIndexRole).toInt());
    auto *selection = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY2(selection->text().contains(QStringLiteral("Quentin Marsh: mention 1 of 4")),
        qPrintable(selection->text()));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int i = 1; i < stops.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(view->textCursor().position(), stops[i]);
        QCOMPARE(view->currentTitleMention(), -1);
        QVERIFY2(selection->text().contains(QStringLiteral("mention %1 of 4").arg(i + 1)),
            qPrintable(selection->text()));
    }
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().position(), stops[2]);
    // Next from the last wraps to the heading, previous from the heading to the last.
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(view->textCursor().position(), stops[0]);
    QCOMPARE(view->currentTitleMention(), 0);
    QVERIFY(selection->text().contains(QStringLiteral("mention 1 of 4")));
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().position(), stops[3]);
}

void TestGuiMainWindow::clickOnMentionSelectsEntity()
{
    openMain();
    ArticleView *view = m_window->articleView();
    const int pos = docPos(QStringLiteral("Dalia Fenwick"), 1);
    QTextCursor c(view->document());
    c.setPosition(pos + 2);
    const QPoint at = view->cursorRect(c).center();
    QCOMPARE(view->mentionAtViewportPos(at), int(view->analysis()->mentionAt(pos - view->textStart() + 2)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    const int entity = view->selectedEntity();
    QVERIFY(entity >= 0);
    QCOMPARE(view->analysis()->entities.at(entity).name, QStringLiteral("Dalia Fenwick"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityTree"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Dalia Fenwick"));
    auto *selection = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY(selection->text().contains(QStringLiteral("mention 2 of 2")));
}

void TestGuiMainWindow::headingMentionsAreHighlighted()
{
    openMain();
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->document()->firstBlock().text(), QStringLiteral("Quentin Marsh joins Oakridge Systems"));
    const int pos = headingPos(QStringLiteral("Oakridge Systems"));
    QVERIFY(pos >= 0);
    const auto at = formatsAt(view->document(), pos);
    QCOMPARE(at.size(), 1);
    QCOMPARE(at[0].start, pos);
    QCOMPARE(at[0].length, int(QStringLiteral("Oakridge Systems").size()));
    QCOMPARE(
        at[0].format.background().color(), EntityPalette::tint(EntityType::Organization, view->palette()));
    QVERIFY(formatsAt(view->document(), pos - 1).isEmpty()); // "joins"
    // Hidden with its type, like the text's.
    view->setTypeVisible(EntityType::Organization, false);
    QVERIFY(formatsAt(view->document(), pos).isEmpty());
}

void TestGuiMainWindow::clickOnHeadingMentionSelectsEntity()
{
    openMain();
    ArticleView *view = m_window->articleView();
    const int pos = headingPos(QStringLiteral("Oakridge Systems"));
    QTextCursor c(view->document());
    c.setPosition(pos + 3);
    const QPoint at = view->cursorRect(c).center();
    QCOMPARE(view->mentionAtViewportPos(at), -1);
    QCOMPARE(view->titleMentionAtViewportPos(at),
        int(view->analysis()->titleMentionAt(pos - view->titleStart() + 3)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    const int entity = view->selectedEntity();
    QVERIFY(entity >= 0);
    QCOMPARE(view->analysis()->entities.at(entity).name, QStringLiteral("Oakridge Systems"));
    QCOMPARE(view->currentTitleMention(), view->titleMentionAtViewportPos(at));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityTree"));
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Oakridge Systems"));
    QCOMPARE(tree->currentIndex().data(MentionCountRole).toInt(), 3); // the heading's and the text's two
    auto *selection = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY2(selection->text().contains(QStringLiteral("mention 1 of 3")), qPrintable(selection->text()));
    // From the heading, F3 goes on to the text's first mention.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(view->textCursor().position(), docPos(QStringLiteral("Oakridge Systems"), 0));
    QVERIFY(selection->text().contains(QStringLiteral("mention 2 of 3")));
}

void TestGuiMainWindow::unsupportedDrop_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("image") << QStringLiteral("photo.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("empty article") << QStringLiteral("empty.txt") << QByteArray();
}

void TestGuiMainWindow::unsupportedDrop()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    openMain();
    const AnalysisPtr before = m_window->currentAnalysis();
    auto *banner = m_window->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    drop({writeFile(name, bytes)});
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(name), qPrintable(banner->text()));
    QTRY_VERIFY(!m_window->isBusy());
    // Nothing else is disturbed.
    QCOMPARE(m_window->currentAnalysis(), before);
    QCOMPARE(m_window->findChild<QListView *>(QStringLiteral("articleList"))->model()->rowCount(), 1);
    QVERIFY(!m_window->articleView()->document()->toPlainText().isEmpty());
}

// An e-mail whose body is only a picture opens with its header and, where the text would be, the reader's
// note on why there is none; an article with text shows no such note.
void TestGuiMainWindow::articleWithoutText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("note");
    const QByteArray header = "From: Harbour Desk <desk@example.org>\nSubject: Fwd: Crane photos\n"
                              "Date: 14 Mar 2024 09:30 +0000\nMIME-Version: 1.0\n";
    QTest::newRow("only a picture")
        << QStringLiteral("photos.eml")
        << QByteArray(header + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n")
        << QStringLiteral("The message has no text, only pictures.");
    QTest::newRow("a message with text")
        << QStringLiteral("words.eml")
        << QByteArray(header + "Content-Type: text/plain\n\nThe cranes arrived on Tuesday.\n") << QString();
}

void TestGuiMainWindow::articleWithoutText()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, note);
    drop({writeFile(name, bytes)});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    ArticleView *view = m_window->articleView();
    QCOMPARE(m_window->currentAnalysis()->article.title, QStringLiteral("Crane photos"));
    QCOMPARE(view->emptyTextNote(), note);
    QVERIFY(!view->viewport()->grab().isNull()); // the note is painted without trouble
    // No banner: the article opened, nothing went wrong.
    QVERIFY(!m_window->findChild<MessageBanner *>(QStringLiteral("messageBanner"))->isVisible());
}

void TestGuiMainWindow::typeToggleHidesType()
{
    openMain();
    ArticleView *view = m_window->articleView();
    const int person = docPos(QStringLiteral("Dalia Fenwick"));
    const int company = docPos(QStringLiteral("Oakridge Systems"), 1);
    QCOMPARE(formatsAt(view->document(), person).size(), 1);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("showPER"));
    QVERIFY(action);
    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(formatsAt(view->document(), person).isEmpty());
    QCOMPARE(formatsAt(view->document(), company).size(), 1);
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityTree"));
    for (int g = 0; g < tree->model()->rowCount(); ++g)
        QVERIFY(tree->model()->index(g, 0).data(EntityTypeRole).toInt() != int(EntityType::Person));
    QCOMPARE(tree->model()->rowCount(), 2);
    action->trigger();
    QCOMPARE(formatsAt(view->document(), person).size(), 1);
    QCOMPARE(tree->model()->rowCount(), 3);
}

void TestGuiMainWindow::filterBox()
{
    openMain();
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("entityFilter"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("entityTree"));
    QVERIFY(filter && tree);
    QTest::keyClicks(filter, QStringLiteral("fenw"));
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex group = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->rowCount(group), 1);
    QCOMPARE(tree->model()->index(0, 0, group).data().toString(), QStringLiteral("Dalia Fenwick"));
    QVERIFY(tree->isExpanded(group));
}

void TestGuiMainWindow::findInArticle()
{
    openMain();
    m_window->findChild<QAction *>(QStringLiteral("find"))->trigger();
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit && edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("talks with"));
    ArticleView *view = m_window->articleView();
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("talks with"));
    QCOMPARE(view->textCursor().selectionStart(), docPos(QStringLiteral("talks with")));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
}

void TestGuiMainWindow::zoom()
{
    openMain();
    ArticleView *view = m_window->articleView();
    m_window->findChild<QAction *>(QStringLiteral("zoomReset"))->trigger();
    const qreal base = view->document()->defaultFont().pointSizeF();
    m_window->findChild<QAction *>(QStringLiteral("zoomIn"))->trigger();
    QVERIFY(view->document()->defaultFont().pointSizeF() > base);
    m_window->findChild<QAction *>(QStringLiteral("zoomReset"))->trigger();
    QCOMPARE(view->document()->defaultFont().pointSizeF(), base);
}

void TestGuiMainWindow::cancelOpening()
{
    m_window = std::make_unique<MainWindow>(std::make_shared<SlowTagger>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    drop({writeFile(QStringLiteral("slow.txt"), "A SLOW article\n\nIt takes its time.\n")});
    QVERIFY(m_window->isBusy());
    auto *cancel = m_window->findChild<QAction *>(QStringLiteral("cancelOpening"));
    QVERIFY(cancel);
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QVERIFY(!m_window->isBusy());
    QVERIFY(!cancel->isEnabled());
    QTest::qWait(50);
    QVERIFY(m_window->currentAnalysis() == nullptr);
    QCOMPARE(m_window->findChild<QListView *>(QStringLiteral("articleList"))->model()->rowCount(), 0);
}

void TestGuiMainWindow::newerRequestStopsOlder()
{
    m_window = std::make_unique<MainWindow>(std::make_shared<SlowTagger>());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    drop({writeFile(QStringLiteral("first.txt"), "A SLOW article\n\nIt takes its time.\n")});
    QVERIFY(m_window->isBusy());
    drop({writeFile(QStringLiteral("second.txt"), "A quick article\n\nIt is short.\n")});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(m_window->currentAnalysis()->article.filePath.endsWith(QStringLiteral("second.txt")));
    QTest::qWait(50);
    // The stopped request never delivers.
    QCOMPARE(m_window->findChild<QListView *>(QStringLiteral("articleList"))->model()->rowCount(), 1);
}

void TestGuiMainWindow::identifiersInSidebarAndText()
{
    drop({writeFile(QStringLiteral("contacts.txt"),
        "Harbour desk reachable\n\nQuentin Marsh can be reached at q.marsh@oakridge.example.com or on "
        "+44 20 7946 0958.\n\nDalia Fenwick wrote to q.marsh@oakridge.example.com about the \xc2\xa3"
        "3.4bn bid.\n")});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("identifierTree"));
    QVERIFY(tree);
    QVERIFY(tree->isVisible());
    const QModelIndex group = tree->model()->index(0, 0);
    QCOMPARE(group.data(MentionCountRole).toInt(), 3);
    // Closed until the analyst opens it: one click on the heading.
    QVERIFY(!tree->isExpanded(group));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(group).center());
    QVERIFY(tree->isExpanded(group));
    const QModelIndex email = tree->model()->index(0, 0, group);
    QCOMPARE(email.data().toString(), QStringLiteral("q.marsh@oakridge.example.com"));
    QCOMPARE(email.data(MentionCountRole).toInt(), 2);
    const QModelIndex phone = tree->model()->index(1, 0, group);
    QCOMPARE(phone.data(NormalizedRole).toString(), QStringLiteral("+442079460958"));

    // A click selects the first occurrence; F3 the next, and wraps.
    ArticleView *view = m_window->articleView();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(email).center());
    QCOMPARE(view->textCursor().selectionStart(), docPos(QStringLiteral("q.marsh@"), 0));
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("q.marsh@oakridge.example.com"));
    auto *selection = m_window->findChild<QLabel *>(QStringLiteral("selectionLabel"));
    QVERIFY2(selection->text().contains(QStringLiteral("1 of 2")), qPrintable(selection->text()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(view->textCursor().selectionStart(), docPos(QStringLiteral("q.marsh@"), 1));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(view->textCursor().selectionStart(), docPos(QStringLiteral("q.marsh@"), 0));

    // Copy puts the normalised form on the clipboard.
    tree->setCurrentIndex(phone);
    auto *copy = m_window->findChild<QAction *>(QStringLiteral("copyIdentifier"));
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+442079460958"));

    // Dotted underline in the text, over a name's tint or none; not on the words around it.
    const int at = docPos(QStringLiteral("+44 20"));
    bool underlined = false;
    for (const auto &r : formatsAt(view->document(), at))
        underlined = underlined || r.format.underlineStyle() == QTextCharFormat::DotLine;
    QVERIFY(underlined);
    for (const auto &r : formatsAt(view->document(), at - 2))
        QVERIFY(r.format.underlineStyle() != QTextCharFormat::DotLine);

    // Another article without identifiers: no group.
    drop({writeFile(QStringLiteral("plain.txt"), SecondText)});
    QTRY_VERIFY(m_window->currentAnalysis()
        && m_window->currentAnalysis()->article.text.contains(QStringLiteral("Priya")));
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(tree->model()->rowCount(), 0);
    QVERIFY(!tree->isVisible());
}

void TestGuiMainWindow::databaseUpdateIsNews()
{
    // A file of version 0 that holds a table of somebody else's is copied aside before our tables go in:
    // the window says so in the banner, as information, and the status bar keeps its counts.
    const QString db = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE shopping (item TEXT)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    m_window = std::make_unique<MainWindow>(testTagger(), nullptr, db);
    m_window->show();
    auto *banner = m_window->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral(".v0.bak")), qPrintable(banner->text()));
    QCOMPARE(banner->kind(), MessageBanner::Information);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
