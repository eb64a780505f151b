// bench_gui: how fast the reader's window shows an article, and how smooth it stays meanwhile.
//
// For a ~5 KB and a ~5 MB article (our own text, repeated), it measures
//  - open → first highlighted paint: from MainWindow::openFiles() to the end of the first paint of the
//    article view showing that article with its highlights;
//  - the longest GUI-thread stall while the article is loaded, tagged, laid out and first painted: a
//    5 ms QTimer records the largest gap between its ticks beyond the 5 ms asked for.
// Run offscreen: QT_QPA_PLATFORM=offscreen bench_gui [--lexicon] [--reps N]. Not a test; nothing fails.
//
// bench_gui --library DB (a library recorded by `dramatis-cli bench --folder DIR --db DB` or
// `library import-jsonl`) measures instead: window start → first paint with that database, Library panel
// open → first page of articles, a search typed → its first page, and an entity page (Show in Library →
// its articles and co-mentioned entities), each from the GUI thread's point of view.
#include "article/articleview.h"
#include "lexicon/lexicontagger.h"
#include "itemmodels/libraryarticlemodel.h"
#include "itemmodels/libraryentitymodel.h"
#include "library/librarypanel.h"
#include "library/librarystore.h"
#include "mainwindow.h"
#include "ner/taggerfactory.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dramatis;

namespace {

const char *const Paragraph =
    "Quentin Marsh, the chief executive of Oakridge Systems, told investors in Lisbon on Tuesday that the "
    "company would open a second plant near Porto next year. Dalia Fenwick, an analyst at Brightwell Capital, "
    "said the plan was ambitious but that Oakridge Systems had the cash to pay for it. Marsh declined to say "
    "whether Priya Sandoval, who runs the Porto project, would join the board of Oakridge Systems.\n\n";

QByteArray articleOfSize(qsizetype bytes)
{
    QByteArray text = "Oakridge Systems plans a second plant\n\n";
    const QByteArray paragraph(Paragraph);
    while (text.size() < bytes)
        text += paragraph;
    return text;
}

std::shared_ptr<const Tagger> lexiconTagger()
{
    auto tagger = std::make_shared<LexiconTagger>();
    for (const char *name : {"Quentin Marsh", "Dalia Fenwick", "Priya Sandoval", "Marsh"})
        tagger->add(QString::fromUtf8(name), EntityType::Person);
    for (const char *name : {"Oakridge Systems", "Brightwell Capital"})
        tagger->add(QString::fromUtf8(name), EntityType::Organization);
    for (const char *name : {"Lisbon", "Porto"})
        tagger->add(QString::fromUtf8(name), EntityType::Location);
    return tagger;
}

// Times the first paint of the view that shows a highlighted article, by delivering that paint itself.
class PaintProbe final : public QObject
{
public:
    PaintProbe(ArticleView *view, const QElapsedTimer &clock)
        : m_view(view)
        , m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    qint64 paintedAtMs = -1;
    qint64 paintMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || paintedAtMs >= 0 || !m_view->analysis()
            || m_view->analysis()->mentions.isEmpty())
            return false;
        const qint64 start = m_clock.elapsed();
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        paintedAtMs = m_clock.elapsed();
        paintMs = paintedAtMs - start;
        return true;
    }

private:
    ArticleView *m_view;
    const QElapsedTimer &m_clock;
};

struct Figures
{
    qint64 firstPaintMs = -1;
    qint64 paintMs = -1;
    double maxStallMs = 0;
    qsizetype mentions = 0;
};

Figures run(const QString &path, const std::shared_ptr<const Tagger> &tagger)
{
    MainWindow window(tagger);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "bench_gui: the window was not exposed\n");
    QTest::qWait(50);

    QElapsedTimer clock;
    PaintProbe probe(window.articleView(), clock);
    QElapsedTimer tick;
    double maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, double(tick.nsecsElapsed()) / 1e6 - 5.0);
        tick.restart();
    });
    heartbeat.start();
    tick.start();
    clock.start();
    window.openFiles({path});
    while (probe.paintedAtMs < 0 && clock.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    // Keep measuring briefly after the first paint: lazy layout continues in the background.
    const qint64 until = clock.elapsed() + 500;
    while (clock.elapsed() < until)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    heartbeat.stop();
    Figures f;
    f.firstPaintMs = probe.paintedAtMs;
    f.paintMs = probe.paintMs;
    f.maxStallMs = std::max(0.0, maxGap);
    f.mentions = window.currentAnalysis() ? window.currentAnalysis()->mentions.size() : 0;
    return f;
}

// Milliseconds until `done` holds, processing events meanwhile.
template<typename Done> qint64 until(Done done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return t.elapsed();
}

class FirstPaint final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

int benchLibrary(const QString &db, const std::shared_ptr<const Tagger> &tagger)
{
    LibraryStore store;
    if (!store.open(db)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    LibraryQuery all;
    const int articles = store.countArticles(all);
    // The entity in most articles and one in the fewest.
    const QList<LibraryEntity> everyEntity = store.entities();
    QList<LibraryEntity> top;
    if (!everyEntity.isEmpty())
        top = {everyEntity.first(), everyEntity.last()};
    store.close();
    QElapsedTimer t;
    t.start();
    FirstPaint paint;
    MainWindow window(tagger, nullptr, db);
    window.installEventFilter(&paint);
    window.resize(1200, 800);
    window.show();
    const qint64 firstPaint = t.elapsed() + until([&] { return paint.painted; });
    LibraryPanel *panel = window.libraryPanel();
    LibraryArticleModel *model = panel->articleModel();
    t.restart();
    panel->parentWidget()->show();
    const qint64 open = until([&] { return model->totalCount() >= 0 && model->rowCount() > 0; });
    std::printf("library: %d articles, %.1f KB per article on disk\n", articles,
        QFileInfo(db).size() / 1024.0 / std::max(1, articles));
    std::printf("start -> first paint %lld ms; Library open -> first page %lld ms\n", qlonglong(firstPaint),
        qlonglong(open));
    // A word in many articles, a rarer one (few enough to rank), a prefix being typed, the first letter
    // typed, a word in every article (too many to rank: listed newest first), two words, nothing.
    for (const QString &word :
        {QStringLiteral("harbour"), QStringLiteral("lucia"), QStringLiteral("kes"), QStringLiteral("s"),
            QStringLiteral("said"), QStringLiteral("spokesperson promised"), QStringLiteral("zzzz")}) {
        const int before = model->totalCount();
        Q_UNUSED(before);
        t.restart();
        panel->searchField()->setText(word);
        panel->refresh(); // without the typing pause
        QSignalSpy done(model, &LibraryArticleModel::queryDone);
        const qint64 ms = until([&] { return done.size() > 0; });
        std::printf("search '%s' -> first page %lld ms (%s%d found)\n", qPrintable(word), qlonglong(ms),
            model->hasMoreThanTotal() ? "more than " : "", model->totalCount());
    }
    for (const LibraryEntity &entity : top) {
        QSignalSpy page(panel->mentioningModel(), &LibraryArticleModel::queryDone);
        QSignalSpy with(panel->coMentionedModel(), &QAbstractItemModel::modelReset);
        t.restart();
        panel->showEntity(entity.name, entity.type);
        // Its first page of articles and the entities mentioned with it, both shown.
        const qint64 ms = until([&] { return page.size() > 0 && with.size() > 0; });
        std::printf("entity page '%s' (%d articles) %lld ms\n", qPrintable(entity.name), entity.articleCount,
            qlonglong(ms));
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dramatis-bench"));
    const QStringList args = QCoreApplication::arguments();
    const bool useLexicon = args.contains(QStringLiteral("--lexicon"));
    int reps = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i >= 0 && i + 1 < args.size())
        reps = std::max(1, args.at(i + 1).toInt());
    const auto tagger = useLexicon ? lexiconTagger() : defaultTagger();
    if (const qsizetype i = args.indexOf(QStringLiteral("--library")); i >= 0 && i + 1 < args.size())
        return benchLibrary(args.at(i + 1), tagger);

    QTemporaryDir dir;
    std::printf("tagger: %s\n", qPrintable(tagger->name()));
    for (const auto &[label, size] : {std::pair{"5 KB", qsizetype(5 * 1024)}, std::pair{"5 MB", qsizetype(5 << 20)}}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.txt").arg(size));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(articleOfSize(size));
        f.close();
        QList<Figures> runs;
        for (int r = 0; r < reps; ++r)
            runs << run(path, tagger);
        std::sort(runs.begin(), runs.end(), [](const Figures &a, const Figures &b) { return a.firstPaintMs < b.firstPaintMs; });
        const Figures &median = runs.at(runs.size() / 2);
        double worstStall = 0;
        for (const Figures &fig : runs)
            worstStall = std::max(worstStall, fig.maxStallMs);
        std::printf("%s article (%lld mentions): open -> first highlighted paint %lld ms (median of %d; that "
                    "paint %lld ms); longest GUI-thread stall %.1f ms (median run), %.1f ms (worst run)\n",
                    label, qlonglong(median.mentions), qlonglong(median.firstPaintMs), reps,
                    qlonglong(median.paintMs), median.maxStallMs, worstStall);
        std::fflush(stdout);
    }
    return 0;
}
