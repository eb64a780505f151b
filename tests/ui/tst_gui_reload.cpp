// An open article whose file changes on disk (offscreen, the real window): it is reloaded with its notes
// re-anchored or orphaned, the database kept whole; an editor's rename-over save, a deleted file that comes
// back, and a file that turns bad (the old text stays).
#include "annotations/annotationstore.h"
#include "article/articlereloader.h"
#include "article/articleview.h"
#include "formats/articleloader.h"
#include "formats/filewatcher.h"
#include "itemmodels/annotationmodel.h"
#include "lexicon/lexicontagger.h"
#include "mainwindow.h"
#include "widgets/messagebanner.h"

#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <cstdio>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// Our own article, long enough to scroll.
QString articleText(
    const QString &opening, const QString &closing, const QString &headline = u"Ferry tender reopened"_s)
{
    QString text = headline + u"\n\n"_s + opening + u"\n\n"_s;
    for (int i = 0; i < 40; ++i)
        text += u"Paragraph %1 of the council minutes repeats that Ines Carvalho chaired the meeting.\n\n"_s
                    .arg(i);
    return text + closing + u"\n"_s;
}

const QString Opening = u"Ines Carvalho said the ferry tender would open again in March."_s;
const QString Closing = u"Tomas Reyes asked for the bids to be published in full."_s;

std::shared_ptr<const Tagger> testTagger()
{
    auto tagger = std::make_shared<LexiconTagger>();
    tagger->add(u"Ines Carvalho"_s, EntityType::Person);
    tagger->add(u"Tomas Reyes"_s, EntityType::Person);
    return tagger;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int orphanCount(const AnnotationModel *model)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->at(row).isOrphaned() ? 1 : 0;
    return n;
}

} // namespace

class TestGuiReload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editedFileReanchorsNotes();
    void renameOverSave();
    void deletedAndRestored();
    void badFileKeepsOldText();
    void closedArticleIsNotWatched();

private:
    void addNote(const QString &words, const QString &note);
    QString currentText() const { return m_window->currentAnalysis()->article.text; }
    // The article's text as the loader reads the file now (the headline goes to the title).
    QString loadedText() const { return ArticleLoader::load(m_article).article.text; }
    QString bannerText() const { return m_window->findChild<MessageBanner *>()->text(); }
    MessageBanner::Kind bannerKind() const { return m_window->findChild<MessageBanner *>()->kind(); }

    QTemporaryDir m_dir;
    QString m_article;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiReload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dramatis-tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_reload"_s);
    QVERIFY(m_dir.isValid());
}

void TestGuiReload::init()
{
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_article = m_dir.filePath(name + u".txt"_s);
    m_db = m_dir.filePath(name + u".sqlite"_s);
    QVERIFY(writeFile(m_article, articleText(Opening, Closing).toUtf8()));
    m_window = std::make_unique<MainWindow>(testTagger(), nullptr, m_db);
    m_window->reloader()->fileWatcher()->setDelay(50);
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->annotationStore()->isReady());
    m_window->openFiles({m_article});
    QTRY_VERIFY(m_window->currentAnalysis() != nullptr);
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_VERIFY(!m_window->isRetagging());
    QTRY_VERIFY(m_window->reloader()->fileWatcher()->isWatching(m_article));
}

void TestGuiReload::cleanup()
{
    m_window.reset();
}

void TestGuiReload::addNote(const QString &words, const QString &note)
{
    AnnotationModel *model = m_window->currentAnnotations();
    QVERIFY(model);
    const qsizetype at = currentText().indexOf(words);
    QVERIFY(at >= 0);
    QVERIFY(model->addAnnotation(model->makeAnnotation(Annotation::Note, at, at + words.size(), note)) > 0);
}

void TestGuiReload::editedFileReanchorsNotes()
{
    addNote(u"the ferry tender"_s, u"Which tender?"_s);
    addNote(u"published in full"_s, u"Ask the port authority"_s);
    QCOMPARE(m_window->currentAnnotations()->rowCount(), 2);
    m_window->selectEntity(0);
    const QString selected = m_window->currentAnalysis()->entities.at(0).name;
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    const QString topParagraph = view->cursorForPosition(QPoint(0, 0)).block().text();
    QVERIFY(topParagraph.startsWith(u"Paragraph"_s));

    // Words added before the first note; the second note's words rewritten beyond recognition.
    const QString edited = articleText(u"Updated on Friday. "_s + Opening,
        u"Tomas Reyes wants every bid on the council website by Monday."_s,
        u"Ferry tender reopened after a year"_s);
    QVERIFY(writeFile(m_article, edited.toUtf8()));
    const QString expected = loadedText();
    QVERIFY(expected.contains(u"Tomas Reyes wants every bid"_s));

    QTRY_COMPARE(currentText(), expected);
    QTRY_VERIFY(bannerText().contains(u"Reloaded"_s));
    QVERIFY2(bannerText().contains(u"1 note kept"_s), qPrintable(bannerText()));
    QVERIFY2(bannerText().contains(u"1 no longer found"_s), qPrintable(bannerText()));
    QCOMPARE(bannerKind(), MessageBanner::Warning); // a note lost is a problem

    const AnnotationModel *model = m_window->currentAnnotations();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(orphanCount(model), 1);
    const Annotation &kept = model->at(0);
    QVERIFY(!kept.isOrphaned());
    QCOMPARE(expected.mid(kept.start, kept.end - kept.start), u"the ferry tender"_s);
    QCOMPARE(kept.text, u"Which tender?"_s);
    // The headline changed too: the window says so.
    QCOMPARE(m_window->currentAnalysis()->article.title, u"Ferry tender reopened after a year"_s);
    QVERIFY2(m_window->windowTitle().startsWith(u"Ferry tender reopened after a year"_s),
        qPrintable(m_window->windowTitle()));
    QVERIFY(model->at(1).isOrphaned());
    QCOMPARE(model->at(1).text, u"Ask the port authority"_s);

    // The selection and the place in the article are kept.
    QCOMPARE(m_window->articleView()->selectedEntity() >= 0, true);
    QCOMPARE(
        m_window->currentAnalysis()->entities.at(m_window->articleView()->selectedEntity()).name, selected);
    // Lines were added above: the same paragraph stays at the top of the view, not the same line number.
    QCOMPARE(view->cursorForPosition(QPoint(0, 0)).block().text(), topParagraph);

    // The database: both notes still there, the kept one at its new place, the file sound.
    m_window.reset();
    {
        AnnotationStore store;
        QVERIFY(store.open(m_db));
        Article article;
        article.text = expected;
        article.filePath = m_article;
        const qint64 id = store.findArticle(article);
        QVERIFY(id > 0);
        const AnnotationList list = store.annotations(id, expected);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).anchor.exact, u"the ferry tender"_s);
        QVERIFY(list.at(1).isOrphaned());
    }
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestGuiReload::renameOverSave()
{
    addNote(u"published in full"_s, u"Ask the port authority"_s);
    // Twice: the watch must survive the first replacement of the file to see the second.
    for (int round = 1; round <= 2; ++round) {
        const QString edited = articleText(u"Round %1: the ferry tender is open."_s.arg(round), Closing);
        const QString temporary = m_dir.filePath(u".renameOverSave.txt.swp"_s);
        QVERIFY(writeFile(temporary, edited.toUtf8()));
        QCOMPARE(
            std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_article).constData()),
            0);
        const QString expected = loadedText();
        QTRY_COMPARE(currentText(), expected);
        QTRY_VERIFY(!m_window->reloader()->isBusy());
        const AnnotationModel *model = m_window->currentAnnotations();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(orphanCount(model), 0);
        QCOMPARE(
            expected.mid(model->at(0).start, model->at(0).end - model->at(0).start), u"published in full"_s);
    }
    QVERIFY(m_window->reloader()->fileWatcher()->isWatching(m_article));
}

void TestGuiReload::deletedAndRestored()
{
    addNote(u"published in full"_s, u"Ask the port authority"_s);
    const QString before = currentText();
    QVERIFY(QFile::remove(m_article));
    QTRY_VERIFY(bannerText().contains(u"deleted or moved"_s));
    // It stays until dismissed or the file is back: the article no longer has a file while it shows.
    const auto *hideTimer = m_window->findChild<MessageBanner *>()->findChild<QTimer *>();
    QVERIFY(hideTimer && !hideTimer->isActive());
    // Nothing lost: the article and its note stay.
    QCOMPARE(currentText(), before);
    QCOMPARE(m_window->currentAnnotations()->rowCount(), 1);
    QCOMPARE(orphanCount(m_window->currentAnnotations()), 0);

    const QString back = articleText(u"Restored: the ferry tender is open."_s, Closing);
    QVERIFY(writeFile(m_article, back.toUtf8()));
    QTRY_COMPARE(currentText(), loadedText());
    QVERIFY(currentText().contains(u"Restored:"_s));
    QTRY_VERIFY(bannerText().contains(u"1 note kept"_s));
    QCOMPARE(orphanCount(m_window->currentAnnotations()), 0);
    QCOMPARE(bannerKind(), MessageBanner::Information); // nothing lost: news, not a warning
}

void TestGuiReload::badFileKeepsOldText()
{
    addNote(u"published in full"_s, u"Ask the port authority"_s);
    const QString before = currentText();
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7) % 256);
    QVERIFY(writeFile(m_article, binary));
    QTRY_VERIFY(bannerText().contains(u"Not reloaded"_s));
    QTRY_VERIFY(!m_window->reloader()->isBusy());
    QCOMPARE(currentText(), before);
    QCOMPARE(m_window->currentAnnotations()->rowCount(), 1);
    QCOMPARE(orphanCount(m_window->currentAnnotations()), 0);

    // Fixed again: reloaded.
    const QString fixed = articleText(u"Fixed: the ferry tender is open."_s, Closing);
    QVERIFY(writeFile(m_article, fixed.toUtf8()));
    QTRY_COMPARE(currentText(), loadedText());
    QVERIFY(currentText().contains(u"Fixed:"_s));
}

void TestGuiReload::closedArticleIsNotWatched()
{
    QAction *close = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Close))
            close = a;
    }
    QVERIFY(close);
    close->trigger();
    QVERIFY(!m_window->currentAnalysis());
    QVERIFY(!m_window->reloader()->fileWatcher()->isWatching(m_article));
}

QTEST_MAIN(TestGuiReload)
#include "tst_gui_reload.moc"
