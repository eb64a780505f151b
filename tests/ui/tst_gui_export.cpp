// File → Export Summary…, Copy Summary as Markdown and dramatis:// links, driven for real (offscreen):
// the dialog's preview per format and per option, exports through it, the question before a file is
// replaced, the clipboard, and links that select their span or are refused with a reason.
#include "annotations/annotationstore.h"
#include "article/articleview.h"
#include "export/dramatislink.h"
#include "export/exportdialog.h"
#include "export/previewbrowser.h"
#include "formats/articleloader.h"
#include "mainwindow.h"
#include "support/guitestarticles.h"
#include "widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dramatis;
using namespace dramatis::test;
using namespace Qt::StringLiterals;

namespace {

// Answers the next modal message box named `name` by clicking the button whose text is `button`, as the
// analyst would; `asked` is set when it came.
void answerWhenAsked(const QString &name, const QString &button, bool *asked)
{
    *asked = false;
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name)
            return;
        for (QAbstractButton *b : box->buttons()) {
            if (QString(b->text()).remove(u'&') == QString(button).remove(u'&')) {
                *asked = true;
                timer->stop();
                timer->deleteLater();
                b->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsEntities_data();
    void previewShowsEntities();
    void previewFollowsOptions();
    void scope();
    void exportThroughDialog_data();
    void exportThroughDialog();
    void existingFileNeedsConfirmation();
    void copySummaryAsMarkdown();
    void linkSelectsSpan();
    void badLinkSaysWhy_data();
    void badLinkSaysWhy();
    void linkToUnknownFileAsksFirst();
    void previewFetchesNothing();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void open(const QStringList &paths);
    ExportDialog *openDialog();
    QString readFile(const QString &path) const;

    QTemporaryDir m_dir;
    QString m_article;
    QString m_second;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dramatis-tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_export"_s);
    QVERIFY(m_dir.isValid());
    m_article = writeFile(u"oakridge.txt"_s, ArticleText);
    m_second = writeFile(u"harbour notes.md"_s, SecondText);
    // The analyst's database, with a note and a tag on the first article: exports carry them.
    const QString db = m_dir.filePath(u"library.sqlite"_s);
    qputenv("DRAMATIS_DB", QFile::encodeName(db));
    LoadResult loaded = ArticleLoader::load(m_article);
    QVERIFY(loaded.ok());
    AnnotationStore store;
    QVERIFY(store.open(db));
    Annotation note;
    note.articleId = store.articleId(loaded.article);
    QVERIFY(note.articleId > 0);
    note.kind = Annotation::Note;
    const qsizetype at = loaded.article.text.indexOf(u"Monday"_s);
    note.anchor = TextAnchor::fromRange(loaded.article.text, at, at + 6);
    note.text = u"check the date"_s;
    QVERIFY(store.addAnnotation(note) > 0);
    QVERIFY(store.addTag(note.articleId, u"shipping"_s));
}

void TestGuiExport::init()
{
    QSettings().clear(); // no recent files, no remembered export options from an earlier run
    m_window = std::make_unique<MainWindow>(testTagger());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    open({m_article});
}

void TestGuiExport::cleanup()
{
    m_window.reset();
}

QString TestGuiExport::writeFile(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir, name, bytes);
}

QString TestGuiExport::readFile(const QString &path) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestGuiExport::open(const QStringList &paths)
{
    auto *list = m_window->findChild<QListView *>(u"articleList"_s);
    QVERIFY(list);
    const int before = list->model()->rowCount();
    m_window->openFiles(paths);
    QTRY_COMPARE(list->model()->rowCount(), before + int(paths.size()));
    QTRY_VERIFY(!m_window->isBusy());
}

ExportDialog *TestGuiExport::openDialog()
{
    auto *action = m_window->findChild<QAction *>(u"exportSummary"_s);
    if (!action || !action->isEnabled() || action->shortcut() != QKeySequence(u"Ctrl+E"_s))
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<ExportDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return !dialog->isPreviewPending(); }))
        return nullptr;
    return dialog;
}

void TestGuiExport::previewShowsEntities_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("rich"); // rendered, or monospace text
    QTest::addColumn<QStringList>("mustContain");
    const QStringList summary {u"Quentin Marsh"_s, u"Dalia Fenwick"_s, u"Oakridge Systems"_s,
        u"check the date"_s, u"shipping"_s, u"Key sentences"_s};
    QTest::newRow("md") << int(ExportFormat::Markdown) << true << summary;
    QTest::newRow("html") << int(ExportFormat::Html) << true << summary;
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << true << summary;
    QTest::newRow("json") << int(ExportFormat::Json) << false
                          << QStringList {u"\"name\": \"Dalia Fenwick\""_s,
                                 u"\"value\": \"check the date\""_s, u"TextQuoteSelector"_s};
    QTest::newRow("csv") << int(ExportFormat::Csv) << false
                         << QStringList {u"Quentin Marsh,PER"_s, u"Oakridge Systems,ORG"_s};
    QTest::newRow("ann") << int(ExportFormat::BratAnn) << false << QStringList {u"PER 0 13\tQuentin Marsh"_s};
    QTest::newRow("conll") << int(ExportFormat::Conll) << false
                           << QStringList {u"Dalia B-PER"_s, u"Fenwick I-PER"_s};
}

void TestGuiExport::previewShowsEntities()
{
    QFETCH(int, format);
    QFETCH(bool, rich);
    QFETCH(QStringList, mustContain);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy updated(dialog, &ExportDialog::previewUpdated);
    dialog->setFormat(ExportFormat(format));
    QTRY_VERIFY(!dialog->isPreviewPending());
    QCOMPARE(updated.count(), ExportFormat(format) == ExportFormat::Markdown ? 0 : 1);
    const QString preview = dialog->previewText();
    for (const QString &s : mustContain)
        QVERIFY2(preview.contains(s), qPrintable(u"missing "_s + s + u" in\n"_s + preview.left(3000)));
    auto *stack = dialog->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), rich ? u"richPreview"_s : u"textPreview"_s);
    // The rendered preview is a picture: Markdown and HTML markup do not show through.
    if (rich) {
        QVERIFY(!preview.contains(u"<td>"_s));
        QVERIFY(!preview.contains(u"|---"_s));
    }
}

void TestGuiExport::previewFollowsOptions()
{
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportFormat::Markdown);
    auto *places = dialog->findChild<QCheckBox *>(u"includePlaces"_s);
    auto *notes = dialog->findChild<QCheckBox *>(u"includeNotes"_s);
    auto *keySentences = dialog->findChild<QCheckBox *>(u"includeKeySentences"_s);
    auto *count = dialog->findChild<QSpinBox *>(u"keySentenceCount"_s);
    QVERIFY(places && notes && keySentences && count);
    // Each key sentence quotes its place as "file:start-end".
    const QString ref = m_article + u':';
    places->setChecked(false);
    notes->setChecked(true);
    keySentences->setChecked(true);
    count->setValue(1);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QString preview = dialog->previewText();
    QVERIFY(!preview.contains(u"Places"_s));
    QVERIFY(preview.contains(u"check the date"_s));
    QCOMPARE(preview.count(ref), 1);

    places->setChecked(true);
    notes->setChecked(false);
    count->setValue(2);
    QTRY_VERIFY(!dialog->isPreviewPending());
    preview = dialog->previewText();
    QVERIFY(preview.contains(u"Places"_s));
    QVERIFY(!preview.contains(u"check the date"_s));
    QCOMPARE(preview.count(ref), 2);

    keySentences->setChecked(false);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QVERIFY(!dialog->previewText().contains(u"Key sentences"_s));
    QVERIFY(!count->isEnabled());

    // Options a format cannot carry are not offered.
    dialog->setFormat(ExportFormat::Conll);
    QVERIFY(!places->isEnabled());
    QVERIFY(!notes->isEnabled());
    dialog->setFormat(ExportFormat::Json);
    QVERIFY(notes->isEnabled());
    QVERIFY(!keySentences->isEnabled());
}

void TestGuiExport::scope()
{
    open({m_second});
    // The second article is on screen now; go back to the first.
    m_window->openFiles({m_article});
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_COMPARE(m_window->currentAnalysis()->article.filePath, m_article);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportFormat::Markdown);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QVERIFY(dialog->previewText().contains(u"Dalia Fenwick"_s));
    QVERIFY(!dialog->previewText().contains(u"Priya Sandoval"_s));
    QCOMPARE(dialog->suggestedFileName(), u"Quentin Marsh joins Oakridge Systems.md"_s);

    dialog->setScope(ExportDialog::Scope::AllOpen);
    QTRY_VERIFY(!dialog->isPreviewPending());
    QString preview = dialog->previewText();
    QVERIFY(preview.contains(u"Briefing: 2 articles"_s));
    QVERIFY(preview.contains(u"Dalia Fenwick"_s));
    QVERIFY(preview.contains(u"Priya Sandoval"_s));
    QVERIFY(dialog->suggestedFileName().startsWith(u"Briefing "_s));

    dialog->setScope(ExportDialog::Scope::Chosen);
    dialog->setArticleChosen(0, false);
    dialog->setArticleChosen(1, true);
    QTRY_VERIFY(!dialog->isPreviewPending());
    preview = dialog->previewText();
    QVERIFY(preview.contains(u"Priya Sandoval"_s));
    QVERIFY(!preview.contains(u"Dalia Fenwick"_s));
    auto *exportButton = dialog->findChild<QPushButton *>(u"exportButton"_s);
    QVERIFY(exportButton && exportButton->isEnabled());
    dialog->setArticleChosen(1, false);
    QTRY_VERIFY(!exportButton->isEnabled());

    // brat and CoNLL hold one article: the one on screen, whatever was chosen.
    dialog->setFormat(ExportFormat::BratAnn);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Current);
    QCOMPARE(dialog->selectedArticles().size(), 1);
    QCOMPARE(dialog->selectedArticles().front().analysis->article.filePath, m_article);
    QVERIFY(exportButton->isEnabled());
}

void TestGuiExport::exportThroughDialog_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("mustContain");
    QTest::newRow("md") << int(ExportFormat::Markdown)
                        << QStringList {
                               u"| Dalia Fenwick |"_s, u"check the date"_s, u"dramatis://open?file="_s};
    QTest::newRow("html") << int(ExportFormat::Html)
                          << QStringList {u"Content-Security-Policy"_s,
                                 u"<span class=\"name per\">Dalia Fenwick</span>"_s};
    QTest::newRow("pdf") << int(ExportFormat::Pdf) << QStringList {u"%PDF-"_s};
    QTest::newRow("json") << int(ExportFormat::Json)
                          << QStringList {u"\"@context\": \"http://www.w3.org/ns/anno.jsonld\""_s};
    QTest::newRow("csv") << int(ExportFormat::Csv)
                         << QStringList {u"file,name,type"_s, u"Dalia Fenwick,PER"_s};
    QTest::newRow("conll") << int(ExportFormat::Conll) << QStringList {u"Quentin B-PER"_s};
}

void TestGuiExport::exportThroughDialog()
{
    QFETCH(int, format);
    QFETCH(QStringList, mustContain);
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QPointer<ExportDialog> guard(dialog);
    dialog->setFormat(ExportFormat(format));
    QTemporaryDir folder(m_dir.filePath(u"export-XXXXXX"_s));
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"summary."_s + SummaryExport::suffix(ExportFormat(format)));
    dialog->setOutputPath(path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().at(0).toBool(), true);
    QCOMPARE(finished.front().at(1).toString(), path);
    const QString written = readFile(path);
    for (const QString &s : mustContain)
        QVERIFY2(written.contains(s), qPrintable(u"missing "_s + s));
    // Written atomically: nothing but the file itself is left beside it.
    QCOMPARE(
        QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QFileInfo(path).fileName()});
    QTRY_VERIFY(guard.isNull()); // the dialog closed itself (deleted on close)
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Exported to"_s));
}

void TestGuiExport::existingFileNeedsConfirmation()
{
    const QString path = writeFile(u"existing.md"_s, "the analyst's own file\n");
    ExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFormat(ExportFormat::Markdown);
    dialog->setOutputPath(path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);

    bool asked = false;
    answerWhenAsked(u"replaceQuestion"_s, u"Cancel"_s, &asked);
    dialog->startExport();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(asked);
    QCOMPARE(finished.front().at(0).toBool(), false);
    QCOMPARE(readFile(path), u"the analyst's own file\n"_s);
    QVERIFY(dialog->isVisible());

    answerWhenAsked(u"replaceQuestion"_s, ExportDialog::tr("&Replace"), &asked);
    dialog->startExport();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(asked);
    QCOMPARE(finished.back().at(0).toBool(), true);
    QVERIFY(readFile(path).startsWith(u"# Quentin Marsh joins Oakridge Systems"_s));
}

void TestGuiExport::copySummaryAsMarkdown()
{
    QApplication::clipboard()->clear();
    auto *action = m_window->findChild<QAction *>(u"copySummary"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+C"_s));
    action->trigger();
    QTRY_VERIFY(QApplication::clipboard()->text().startsWith(u"# Quentin Marsh joins Oakridge Systems\n"_s));
    const QString markdown = QApplication::clipboard()->text();
    QVERIFY(markdown.contains(u"| Dalia Fenwick |"_s));
    QVERIFY(markdown.contains(u"check the date"_s));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasHtml());
    QVERIFY(mime->html().contains(u"<span class=\"name per\">Dalia Fenwick</span>"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"copied as Markdown"_s));
}

void TestGuiExport::linkSelectsSpan()
{
    open({m_second});
    QTRY_COMPARE(m_window->currentAnalysis()->article.filePath, m_second);
    // The first article is open (and so known): its link selects the span without a question.
    LoadResult loaded = ArticleLoader::load(m_article);
    QVERIFY(loaded.ok());
    const qsizetype at = loaded.article.text.indexOf(u"Dalia Fenwick"_s, 0);
    QVERIFY(at > 0);
    m_window->openLink(DramatisLink::build(m_article, at, at + 13));
    QTRY_COMPARE(m_window->currentAnalysis()->article.filePath, m_article);
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), u"Dalia Fenwick"_s);
}

void TestGuiExport::badLinkSaysWhy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong scheme") << u"https://open?file=FILE&start=0&end=3"_s << u"Not a Dramatis link"_s;
    QTest::newRow("missing file") << u"dramatis://open?file=/no/such/article.txt&start=0&end=3"_s
                                  << u"does not exist"_s;
    QTest::newRow("start after end") << u"dramatis://open?file=FILE&start=9&end=3"_s << u"is after its end"_s;
    QTest::newRow("past the end") << u"dramatis://open?file=FILE&start=0&end=99999"_s
                                  << u"outside the article"_s;
}

void TestGuiExport::badLinkSaysWhy()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    auto *banner = m_window->findChild<MessageBanner *>(u"messageBanner"_s);
    QVERIFY(banner);
    m_window->openLink(url.replace(u"FILE"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_article))));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(message), qPrintable(banner->text()));
    QVERIFY(!m_window->articleView()->textCursor().hasSelection());
}

void TestGuiExport::linkToUnknownFileAsksFirst()
{
    auto *list = m_window->findChild<QListView *>(u"articleList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    const QString link = DramatisLink::build(m_second, 0, 14);
    bool asked = false;
    answerWhenAsked(u"openLinkQuestion"_s, u"Cancel"_s, &asked);
    m_window->openLink(link);
    QVERIFY(asked);
    QTest::qWait(50);
    QVERIFY(!m_window->isBusy());
    QCOMPARE(list->model()->rowCount(), 1);

    answerWhenAsked(u"openLinkQuestion"_s, MainWindow::tr("&Open"), &asked);
    m_window->openLink(link);
    QVERIFY(asked);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QTRY_COMPARE(m_window->currentAnalysis()->article.filePath, m_second);
    QTRY_COMPARE(m_window->articleView()->textCursor().selectedText(), u"Priya Sandoval"_s);
    // Opened once, it is known: the next link to it asks nothing.
    m_window->openLink(DramatisLink::build(m_second, 23, 29));
    QCOMPARE(m_window->articleView()->textCursor().selectedText(), u"Lisbon"_s);
}

void TestGuiExport::previewFetchesNothing()
{
    // A summary's HTML could name a file or a remote image; the preview loads neither and follows no link.
    const QString secret = writeFile(u"secret.png"_s, "not an image");
    PreviewBrowser preview;
    preview.setHtml(u"<p><img src=\"file://%1\"><img src=\"http://127.0.0.1:9/x.png\"><a href=\"file://%1\">x</a></p>"_s.arg(secret));
    QVERIFY(preview.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(secret)).isNull());
    QVERIFY(preview.loadResource(QTextDocument::ImageResource, QUrl(u"http://127.0.0.1:9/x.png"_s)).isNull());
    QVERIFY(preview.loadResource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(secret)).isNull());
    QVERIFY(!preview.openLinks());
    QVERIFY(!preview.openExternalLinks());
    QVERIFY(!(preview.textInteractionFlags() & Qt::LinksAccessibleByMouse));
}

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
