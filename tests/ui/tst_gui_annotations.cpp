// The analyst's edits in the real window (offscreen): notes with Ctrl+M, highlights, tags, undo and redo,
// the notes panel, corrections of the tagger (keys 1–4, Delete, merge), review mode, and a database that
// cannot be used.
#include "annotations/annotationstore.h"
#include "article/articleview.h"
#include "formats/articleloader.h"
#include "itemmodels/annotationmodel.h"
#include "itemmodels/itemroles.h"
#include "lexicon/lexicontagger.h"
#include "mainwindow.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "notes/tagbar.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoGroup>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// Our own article. The test tagger knows the people and the place; "Brightwater Mills" it does not know.
const char *const ArticleText
    = "Harbour board meets Brightwater Mills\n"
      "\n"
      "Ines Carvalho told the harbour board that Brightwater Mills would double its "
      "shipments through Porto by the spring.\n"
      "\n"
      "Tomas Reyes doubted the figure and asked Ines Carvalho for the contracts with "
      "Brightwater Mills.\n";

std::shared_ptr<const Tagger> testTagger()
{
    auto tagger = std::make_shared<LexiconTagger>();
    tagger->add(u"Ines Carvalho"_s, EntityType::Person);
    tagger->add(u"Tomas Reyes"_s, EntityType::Person);
    tagger->add(u"Porto"_s, EntityType::Location);
    return tagger;
}

} // namespace

class TestGuiAnnotations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noteWithCtrlM();
    void noteSurvivesReopening();
    void highlightAndTag();
    void notesPanelFiltersJumpsAndDeletes();
    void markSelection_data();
    void markSelection();
    void deleteRejectsMention();
    void deleteInHeadingRejectsMention();
    void headingSelectionMakesNoNote();
    void mergeEntities();
    void reviewMode();
    void unusableDatabase();
    void orphanedNoteIsListed();
    void lexiconDialogDeletes();

private:
    void openWindow();
    void openArticle();
    void select(const QString &words, int occurrence = 0);
    qsizetype offsetOf(const QString &words, int occurrence = 0) const;
    QModelIndex entityRow(const QString &name) const;
    AnnotationModel *notes() const { return m_window->currentAnnotations(); }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_article;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAnnotations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dramatis-tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_annotations"_s);
    QVERIFY(m_dir.isValid());
    m_article = m_dir.filePath(u"harbour.txt"_s);
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ArticleText);
}

void TestGuiAnnotations::init()
{
    // A fresh database per test function.
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    QFile::remove(m_db);
    openWindow();
}

void TestGuiAnnotations::cleanup()
{
    m_window.reset();
}

void TestGuiAnnotations::openWindow()
{
    m_window = std::make_unique<MainWindow>(testTagger());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openAnnotationStore(m_db);
}

void TestGuiAnnotations::openArticle()
{
    m_window->openFiles({m_article});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_VERIFY(!m_window->isRetagging());
    m_window->articleView()->setFocus();
}

qsizetype TestGuiAnnotations::offsetOf(const QString &words, int occurrence) const
{
    const QString &text = m_window->currentAnalysis()->article.text;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(words, at + 1);
    return at;
}

void TestGuiAnnotations::select(const QString &words, int occurrence)
{
    const qsizetype at = offsetOf(words, occurrence);
    QVERIFY(at >= 0);
    m_window->articleView()->selectRange(at, at + words.size());
    m_window->articleView()->setFocus();
}

QModelIndex TestGuiAnnotations::entityRow(const QString &name) const
{
    auto *tree = m_window->findChild<QTreeView *>(u"entityTree"_s);
    const QModelIndexList hits = tree->model()->match(
        tree->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.front();
}

void TestGuiAnnotations::noteWithCtrlM()
{
    openArticle();
    select(u"double its shipments"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    NoteEditor *editor = m_window->noteEditor();
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor->textEdit(), u"Ask for last year's figure"_s);
    QTest::keyClick(editor->textEdit(), Qt::Key_Return);
    QVERIFY(!editor->isVisible());

    // In the notes panel, with its quote and text.
    QListView *list = m_window->notesPanel()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data(QuoteRole).toString(), u"double its shipments"_s);
    QCOMPARE(row.data(NoteTextRole).toString(), u"Ask for last year's figure"_s);
    QCOMPARE(row.data(KindRole).toInt(), int(Annotation::Note));

    // Undo takes it away (from the database too), redo brings it back.
    QTest::keyClick(m_window->articleView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->model()->rowCount(), 0);
    AnnotationStore probe;
    QVERIFY(probe.open(m_db));
    QCOMPARE(probe.annotations(notes()->articleId(), m_window->currentAnalysis()->article.text).size(), 0);
    QTest::keyClick(m_window->articleView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(probe.annotations(notes()->articleId(), m_window->currentAnalysis()->article.text).size(), 1);

    // Esc drops a note being written.
    select(u"Tomas Reyes"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor->textEdit(), u"never mind"_s);
    QTest::keyClick(editor->textEdit(), Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestGuiAnnotations::noteSurvivesReopening()
{
    openArticle();
    select(u"doubted the figure"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    QTest::keyClicks(m_window->noteEditor()->textEdit(), u"Who else doubts it?"_s);
    QTest::keyClick(m_window->noteEditor()->textEdit(), Qt::Key_Return);
    QCOMPARE(m_window->notesPanel()->view()->model()->rowCount(), 1);

    // Nothing to save: a new window on the same database shows the note.
    m_window->close();
    m_window.reset();
    openWindow();
    openArticle();
    QListView *list = m_window->notesPanel()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data(NoteTextRole).toString(), u"Who else doubts it?"_s);
    QCOMPARE(list->model()->index(0, 0).data(StartRole).toLongLong(), offsetOf(u"doubted the figure"_s));
}

void TestGuiAnnotations::highlightAndTag()
{
    openArticle();
    select(u"by the spring"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(notes()->rowCount(), 1);
    const QModelIndex row = notes()->index(0);
    QCOMPARE(row.data(KindRole).toInt(), int(Annotation::Highlight));
    QCOMPARE(row.data(CategoryRole).toString(), u"Key claim"_s); // the first default category
    QVERIFY(QColor(row.data(CategoryColorRole).toString()).isValid());

    // Tags: typed into the tag line, shown as chips, undoable.
    TagBar *tags = m_window->tagBar();
    QVERIFY(tags->isVisible());
    QTest::keyClicks(tags->lineEdit(), u"shipping"_s);
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QCOMPARE(notes()->tags(), QStringList {u"shipping"_s});
    QCOMPARE(tags->tags(), QStringList {u"shipping"_s});
    m_window->undoGroup()->undo();
    QCOMPARE(notes()->tags(), QStringList());
    QCOMPARE(tags->tags(), QStringList());
    m_window->undoGroup()->undo();
    QCOMPARE(notes()->rowCount(), 0);
}

void TestGuiAnnotations::notesPanelFiltersJumpsAndDeletes()
{
    openArticle();
    select(u"harbour board"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    QTest::keyClicks(m_window->noteEditor()->textEdit(), u"which members?"_s);
    QTest::keyClick(m_window->noteEditor()->textEdit(), Qt::Key_Return);
    select(u"the contracts"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    QTest::keyClicks(m_window->noteEditor()->textEdit(), u"request copies"_s);
    QTest::keyClick(m_window->noteEditor()->textEdit(), Qt::Key_Return);

    NotesPanel *panel = m_window->notesPanel();
    QListView *list = panel->view();
    QCOMPARE(list->model()->rowCount(), 2);
    // Text order.
    QCOMPARE(list->model()->index(0, 0).data(QuoteRole).toString(), u"harbour board"_s);

    // The search box filters.
    QTest::keyClicks(panel->searchEdit(), u"copies"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    panel->searchEdit()->clear();
    QCOMPARE(list->model()->rowCount(), 2);

    // A click goes to the words and selects them.
    m_window->articleView()->moveCursor(QTextCursor::Start);
    const QModelIndex second = list->model()->index(1, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), u"the contracts"_s);

    // Delete in the panel removes the current note; undo restores it.
    list->setFocus();
    list->setCurrentIndex(second);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->model()->rowCount(), 1);
    m_window->undoGroup()->undo();
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestGuiAnnotations::markSelection_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("type");
    QTest::newRow("1 person") << int(Qt::Key_1) << int(EntityType::Person);
    QTest::newRow("2 company") << int(Qt::Key_2) << int(EntityType::Organization);
    QTest::newRow("3 place") << int(Qt::Key_3) << int(EntityType::Location);
    QTest::newRow("4 other") << int(Qt::Key_4) << int(EntityType::Misc);
}

void TestGuiAnnotations::markSelection()
{
    QFETCH(int, key);
    QFETCH(int, type);
    openArticle();
    QVERIFY(!entityRow(u"Brightwater Mills"_s).isValid());
    select(u"Brightwater Mills"_s, 1);
    QTest::keyClick(m_window->articleView(), Qt::Key(key));
    // Re-tagged off the GUI thread; the sidebar then lists the name under its new type.
    QTRY_VERIFY(entityRow(u"Brightwater Mills"_s).isValid());
    const QModelIndex row = entityRow(u"Brightwater Mills"_s);
    QCOMPARE(row.data(EntityTypeRole).toInt(), type);
    QVERIFY(row.data(LexiconDecidedRole).toBool());
    // The rule holds for every mention: the text's two and the headline's.
    QCOMPARE(row.data(MentionCountRole).toInt(), 3);
    QCOMPARE(m_window->currentAnalysis()->titleMentions.size(), 1);

    // Undo forgets the rule, and the article is tagged again without it.
    QTest::keyClick(m_window->articleView(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!entityRow(u"Brightwater Mills"_s).isValid());
}

void TestGuiAnnotations::deleteRejectsMention()
{
    openArticle();
    QVERIFY(entityRow(u"Porto"_s).isValid());
    const qsizetype at = offsetOf(u"Porto"_s);
    QTextCursor cursor = m_window->articleView()->textCursor();
    cursor.setPosition(m_window->articleView()->textStart() + int(at) + 2);
    m_window->articleView()->setTextCursor(cursor);
    QTest::keyClick(m_window->articleView(), Qt::Key_Delete);
    QTRY_VERIFY(!entityRow(u"Porto"_s).isValid());
    const auto rules = m_window->annotationStore()->lexicon().rules();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.front().kind, LexiconRule::Reject);
    QCOMPARE(rules.front().surface, u"Porto"_s);
    m_window->undoGroup()->undo();
    QTRY_VERIFY(entityRow(u"Porto"_s).isValid());
}

void TestGuiAnnotations::deleteInHeadingRejectsMention()
{
    openArticle();
    select(u"Brightwater Mills"_s, 0);
    QTest::keyClick(m_window->articleView(), Qt::Key_2); // a company
    QTRY_VERIFY(entityRow(u"Brightwater Mills"_s).isValid());
    QTRY_COMPARE(m_window->currentAnalysis()->titleMentions.size(), 1);
    // The cursor on the heading's mention: Delete rejects the name, in the heading and in the text.
    ArticleView *view = m_window->articleView();
    const qsizetype at = m_window->currentAnalysis()->article.title.indexOf(u"Brightwater"_s);
    QVERIFY(at >= 0 && view->titleStart() >= 0);
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(view->titleStart() + int(at) + 2);
    view->setTextCursor(cursor);
    QCOMPARE(view->titleMentionAtCursor(), 0);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(!entityRow(u"Brightwater Mills"_s).isValid());
    QVERIFY(m_window->currentAnalysis()->titleMentions.isEmpty());
    const auto rules = m_window->annotationStore()->lexicon().rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.back().kind, LexiconRule::Reject);
    QCOMPARE(rules.back().surface, u"Brightwater Mills"_s);
    QCOMPARE(rules.back().originContext, u"Harbour board meets Brightwater Mills"_s);
}

void TestGuiAnnotations::headingSelectionMakesNoNote()
{
    openArticle();
    // Notes anchor in the text: words of the heading alone give none (and no anchor at the text's start).
    ArticleView *view = m_window->articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(0);
    cursor.setPosition(7, QTextCursor::KeepAnchor); // "Harbour"
    view->setTextCursor(cursor);
    QCOMPARE(view->selectedRange(), std::make_pair(qsizetype(-1), qsizetype(-1)));
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(!m_window->noteEditor()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"heading"_s));
    QCOMPARE(m_window->notesPanel()->view()->model()->rowCount(), 0);
    // A selection from the heading into the text anchors at the text's words only.
    QCOMPARE(offsetOf(u"Ines Carvalho"_s), 0);
    cursor.setPosition(3);
    cursor.setPosition(view->textStart() + 4, QTextCursor::KeepAnchor); // "...Brightwater Mills / Ines"
    view->setTextCursor(cursor);
    QCOMPARE(view->selectedRange(), std::make_pair(qsizetype(0), qsizetype(4)));
}

void TestGuiAnnotations::mergeEntities()
{
    openArticle();
    QVERIFY(entityRow(u"Tomas Reyes"_s).isValid());
    QCOMPARE(entityRow(u"Ines Carvalho"_s).data(MentionCountRole).toInt(), 2);
    LexiconRule rule;
    rule.kind = LexiconRule::Merge;
    rule.surface = u"Tomas Reyes"_s;
    rule.other = u"Ines Carvalho"_s;
    QVERIFY(m_window->annotationStore()->addRule(rule) > 0);
    // Any change of the lexicon re-tags the open articles.
    QTRY_VERIFY(!entityRow(u"Tomas Reyes"_s).isValid());
    QTRY_COMPARE(entityRow(u"Ines Carvalho"_s).data(MentionCountRole).toInt(), 3);
}

void TestGuiAnnotations::reviewMode()
{
    openArticle();
    const AnalysisPtr analysis = m_window->currentAnalysis();
    const qsizetype mentions = analysis->mentions.size();
    QCOMPARE(mentions, 4); // Ines ×2, Porto, Tomas
    ArticleView *view = m_window->articleView();
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_window->isReviewing());
    auto *status = m_window->findChild<QLabel *>(u"selectionLabel"_s);
    QVERIFY2(status->text().contains(u"Review 1 of 4"_s), qPrintable(status->text()));
    int current = m_window->reviewMention();
    QVERIFY(current >= 0);
    const Mention first = analysis->mentions.at(current);
    QCOMPARE(view->textCursor().selectedText(), analysis->article.text.mid(first.start, first.length()));

    // Enter accepts and moves on.
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_window->reviewMention() != current);
    QVERIFY2(status->text().contains(u"Review 2 of 4"_s), qPrintable(status->text()));

    // Delete rejects the one under review: a rule, the mention gone after re-tagging, review goes on.
    const Mention second = m_window->currentAnalysis()->mentions.at(m_window->reviewMention());
    const QString rejected = analysis->article.text.mid(second.start, second.length());
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(!m_window->isRetagging());
    QTRY_VERIFY(m_window->currentAnalysis() != analysis);
    QVERIFY(m_window->isReviewing());
    QCOMPARE(m_window->annotationStore()->lexicon().rules().size(), 1);
    QCOMPARE(m_window->annotationStore()->lexicon().rules().front().surface, rejected);
    const Mention third = m_window->currentAnalysis()->mentions.at(m_window->reviewMention());
    QVERIFY(third.start != first.start && third.start != second.start);

    // Esc leaves.
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!m_window->isReviewing());
    QVERIFY(!status->text().contains(u"Review"_s));
}

void TestGuiAnnotations::unusableDatabase()
{
    // Not a database at all: reported in the banner, and the reader still opens articles.
    const QString junk = m_dir.filePath(u"junk.sqlite"_s);
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    m_window->openAnnotationStore(junk);
    auto *banner = m_window->findChild<MessageBanner *>();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"junk.sqlite"_s), qPrintable(banner->text()));
    openArticle();
    QCOMPARE(m_window->currentAnalysis()->mentions.size(), 4);
    auto *addNote = m_window->findChild<QAction *>(u"addNote"_s);
    QVERIFY(!addNote->isEnabled());
    QVERIFY(addNote->toolTip().contains(u"junk.sqlite"_s));
    QVERIFY(m_window->currentAnnotations() == nullptr);
    // The keys do nothing harmful.
    select(u"Brightwater Mills"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(!m_window->noteEditor()->isVisible());
}

void TestGuiAnnotations::orphanedNoteIsListed()
{
    // A note on words that a later edit of the file took out: listed, marked, not drawn, never dropped.
    const QString path = m_dir.filePath(u"edited.txt"_s);
    const auto write = [&](const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write("Quarry report\n\nTomas Reyes inspected the eastern quarry on Friday.\n");
    {
        AnnotationStore store;
        QVERIFY(store.open(m_db));
        LoadResult loaded = ArticleLoader::load(path);
        QVERIFY(loaded.ok());
        Annotation note;
        note.articleId = store.articleId(loaded.article);
        note.kind = Annotation::Note;
        const qsizetype at = loaded.article.text.indexOf(u"eastern quarry"_s);
        note.anchor = TextAnchor::fromRange(loaded.article.text, at, at + 14);
        note.text = u"which quarry?"_s;
        QVERIFY(store.addAnnotation(note) > 0);
    }
    write("Quarry report\n\nTomas Reyes inspected the site on Friday.\n");
    m_window->openFiles({path});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QListView *list = m_window->notesPanel()->view();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    const QModelIndex row = list->model()->index(0, 0);
    QVERIFY(row.data(OrphanedRole).toBool());
    QCOMPARE(row.data(QuoteRole).toString(), u"eastern quarry"_s);
    QCOMPARE(row.data(NoteTextRole).toString(), u"which quarry?"_s);
}

void TestGuiAnnotations::lexiconDialogDeletes()
{
    openArticle();
    select(u"Brightwater Mills"_s);
    QTest::keyClick(m_window->articleView(), Qt::Key_2);
    QTRY_VERIFY(entityRow(u"Brightwater Mills"_s).isValid());
    auto *lexicon = m_window->findChild<QAction *>(u"lexicon"_s);
    QVERIFY(lexicon && lexicon->isEnabled());
    lexicon->trigger();
    auto *dialog = m_window->findChild<QDialog *>(u"lexiconDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto *table = dialog->findChild<QTableView *>(u"lexiconTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 0).data().toString().contains(u"Brightwater Mills"_s));
    table->selectRow(0);
    QPushButton *remove = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == u"&Delete Rule"_s)
            remove = button;
    }
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(!entityRow(u"Brightwater Mills"_s).isValid());
    // Deleting is an edit like any other: undo brings the rule back.
    m_window->undoGroup()->undo();
    QCOMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(entityRow(u"Brightwater Mills"_s).isValid());
}

QTEST_MAIN(TestGuiAnnotations)
#include "tst_gui_annotations.moc"
