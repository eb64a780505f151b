// SummaryExport: format names, atomic saves (a cancelled or failed export leaves no file and keeps an old
// one), what the include options leave out, and several articles in one file.
#include "export/summaryexport.h"
#include "export/summarywriter.h"
#include "lexicon/lexicontagger.h"
#include "pipeline/pipeline.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dramatis::ExportFormat)

class TestSummaryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatNames_data();
    void formatNames();
    void saveWritesWhatTextSays_data();
    void saveWritesWhatTextSays();
    void cancelledSaveWritesNothing();
    void failedSaveSaysWhy();
    void includeOptions();
    void severalArticles();
    void watchlistHits_data();
    void watchlistHits();
    void noWatchlistNoSection_data();
    void noWatchlistNoSection();
    void watchlistJson();

private:
    // The first article with its hits on a list "Inquiry": Quentin Marsh confirmed, Oakridge Systems
    // (by an alias) not judged yet, Lisbon dismissed.
    QList<ExportArticle> articlesWithHits() const;
    QList<ExportArticle> articles() const;
    QString readFile(const QString &path) const;

    QTemporaryDir m_dir;
    AnalysisPtr m_first;
    AnalysisPtr m_second;
};

void TestSummaryExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    LexiconTagger tagger;
    tagger.add(u"Quentin Marsh"_s, EntityType::Person);
    tagger.add(u"Oakridge Systems"_s, EntityType::Organization);
    tagger.add(u"Lisbon"_s, EntityType::Location);
    tagger.add(u"Priya Sandoval"_s, EntityType::Person);
    Article a;
    a.title = u"Quentin Marsh joins Oakridge Systems"_s;
    a.text = u"Quentin Marsh met the board of Oakridge Systems in Lisbon on Monday morning.\n\n"
             u"Oakridge Systems said Quentin Marsh would start in Lisbon next month.\n"_s;
    a.filePath = u"/articles/oakridge.txt"_s;
    m_first = analyzeArticle(a, tagger);
    Article b;
    b.title = u"Harbour notes"_s;
    b.text = u"Priya Sandoval visited Lisbon again to see the harbour works in person.\n"_s;
    b.filePath = u"/articles/harbour.txt"_s;
    m_second = analyzeArticle(b, tagger);
    QVERIFY(m_first && m_second);
}

QList<ExportArticle> TestSummaryExport::articles() const
{
    ExportArticle first {m_first, u"oakridge.txt"_s, {}, {u"energy"_s}, {}};
    Annotation note;
    note.kind = Annotation::Note;
    const qsizetype at = m_first->article.text.indexOf(u"Monday"_s);
    note.anchor = TextAnchor::fromRange(m_first->article.text, at, at + 6);
    note.start = at;
    note.end = at + 6;
    note.text = u"check the date"_s;
    first.annotations = {note};
    return {first, ExportArticle {m_second, u"harbour.txt"_s, {}, {}, {}}};
}

QString TestSummaryExport::readFile(const QString &path) const
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void TestSummaryExport::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("oneArticle");
    QTest::newRow("md") << u"md"_s << int(ExportFormat::Markdown) << false;
    QTest::newRow("html") << u"html"_s << int(ExportFormat::Html) << false;
    QTest::newRow("pdf") << u"pdf"_s << int(ExportFormat::Pdf) << false;
    QTest::newRow("json") << u"json"_s << int(ExportFormat::Json) << false;
    QTest::newRow("csv") << u"csv"_s << int(ExportFormat::Csv) << false;
    QTest::newRow("ann") << u"ann"_s << int(ExportFormat::BratAnn) << true;
    QTest::newRow("conll") << u"conll"_s << int(ExportFormat::Conll) << true;
}

void TestSummaryExport::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(bool, oneArticle);
    QCOMPARE(SummaryExport::formatFromName(name), std::optional(ExportFormat(format)));
    QCOMPARE(SummaryExport::formatName(ExportFormat(format)), name);
    QCOMPARE(SummaryExport::suffix(ExportFormat(format)), name);
    QCOMPARE(SummaryExport::takesOneArticle(ExportFormat(format)), oneArticle);
    QCOMPARE(SummaryExport::formatFromName(u"markdown"), std::optional(ExportFormat::Markdown));
    QVERIFY(!SummaryExport::formatFromName(u"docx"));
}

void TestSummaryExport::saveWritesWhatTextSays_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("md") << int(ExportFormat::Markdown) << u"| Quentin Marsh |"_s;
    QTest::newRow("html") << int(ExportFormat::Html) << u"Content-Security-Policy"_s;
    QTest::newRow("json") << int(ExportFormat::Json) << u"\"TextQuoteSelector\""_s;
    QTest::newRow("csv") << int(ExportFormat::Csv) << u"Quentin Marsh,PER"_s;
    QTest::newRow("ann") << int(ExportFormat::BratAnn) << u"\tPER 0 13\tQuentin Marsh"_s;
    QTest::newRow("conll") << int(ExportFormat::Conll) << u"Quentin B-PER"_s;
}

void TestSummaryExport::saveWritesWhatTextSays()
{
    QFETCH(int, format);
    QFETCH(QString, mustContain);
    ExportOptions options;
    options.format = ExportFormat(format);
    const QList<ExportArticle> one = articles().mid(0, 1);
    const QString path = m_dir.filePath(u"out."_s + SummaryExport::suffix(options.format));
    QString error;
    QCOMPARE(SummaryExport::save(path, one, options, &error), SummaryExport::Status::Done);
    const QString written = readFile(path);
    QCOMPARE(written, SummaryExport::text(one, options));
    QVERIFY2(written.contains(mustContain), qPrintable(written));
}

void TestSummaryExport::cancelledSaveWritesNothing()
{
    std::stop_source stop;
    stop.request_stop();
    ExportOptions options;
    const QString fresh = m_dir.filePath(u"cancelled.md"_s);
    QString error;
    QCOMPARE(SummaryExport::save(fresh, articles(), options, &error, stop.get_token()),
        SummaryExport::Status::Cancelled);
    QVERIFY(!QFile::exists(fresh));
    // Stopped half-way (after the first article): the old file is left as it was.
    const QString old = m_dir.filePath(u"old.pdf"_s);
    {
        QFile f(old);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old contents");
    }
    std::stop_source later;
    options.format = ExportFormat::Pdf;
    int calls = 0;
    const auto status
        = SummaryExport::save(old, articles(), options, &error, later.get_token(), [&](int done, int total) {
              ++calls;
              QVERIFY(done <= total);
              later.request_stop();
          });
    QCOMPARE(status, SummaryExport::Status::Cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(readFile(old), u"old contents"_s);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"old"_s),
        QStringList {u"old.pdf"_s});
}

void TestSummaryExport::failedSaveSaysWhy()
{
    const QString path = m_dir.filePath(u"no/such/folder/out.md"_s);
    QString error;
    QCOMPARE(SummaryExport::save(path, articles(), {}, &error), SummaryExport::Status::Failed);
    QVERIFY2(error.startsWith(path + u": cannot be written"_s), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

void TestSummaryExport::includeOptions()
{
    const QList<ExportArticle> one = articles().mid(0, 1);
    ExportOptions options;
    QString md = SummaryExport::text(one, options);
    QVERIFY(md.contains(u"check the date"_s));
    QVERIFY(md.contains(u"#energy"_s));
    QVERIFY(md.contains(u"## Key sentences"_s));
    QVERIFY(!md.contains(u"## Places"_s));
    options.includeNotes = false;
    options.includeTags = false;
    options.summary.keySentences = 0;
    options.summary.includePlacesAndOther = true;
    md = SummaryExport::text(one, options);
    QVERIFY(!md.contains(u"check the date"_s));
    QVERIFY(!md.contains(u"#energy"_s));
    QVERIFY(!md.contains(u"## Key sentences"_s));
    QVERIFY(md.contains(u"## Places"_s));
    // JSON keeps every entity, but leaves out the notes and tags too.
    options.format = ExportFormat::Json;
    const QJsonObject json = QJsonDocument::fromJson(SummaryExport::text(one, options).toUtf8()).object();
    QCOMPARE(json[u"annotations"].toArray().size(), 0);
    QCOMPARE(json[u"tags"].toArray().size(), 0);
    QCOMPARE(json[u"file"].toString(), u"oakridge.txt"_s);
}

void TestSummaryExport::severalArticles()
{
    ExportOptions options;
    const QString md = SummaryExport::text(articles(), options);
    QVERIFY(md.startsWith(u"# Briefing: 2 articles"_s));
    QVERIFY(md.contains(u"## Quentin Marsh joins Oakridge Systems"_s));
    QVERIFY(md.contains(u"## Harbour notes"_s));
    options.format = ExportFormat::Json;
    const QJsonObject json
        = QJsonDocument::fromJson(SummaryExport::text(articles(), options).toUtf8()).object();
    QCOMPARE(json[u"articles"].toArray().size(), 2);
    // brat and CoNLL hold the first article only.
    options.format = ExportFormat::BratAnn;
    QVERIFY(!SummaryExport::text(articles(), options).contains(u"Priya"_s));
    // write() reports each article and the writing step.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QList<int> steps;
    options.format = ExportFormat::Markdown;
    QVERIFY(SummaryExport::write(articles(), options, &buffer, {}, [&](int done, int total) {
        QCOMPARE(total, 3);
        steps.append(done);
    }));
    QCOMPARE(steps, (QList<int> {1, 2, 3}));
    QCOMPARE(QString::fromUtf8(buffer.data()), md);
}

QList<ExportArticle> TestSummaryExport::articlesWithHits() const
{
    auto entry
        = [](qint64 id, const QString &name, EntityType type, QStringList aliases, const QString &note) {
              WatchlistEntry e;
              e.id = id;
              e.ref = name;
              e.name = name;
              e.type = type;
              e.aliases = std::move(aliases);
              e.note = note;
              return e;
          };
    Watchlist list;
    list.id = 1;
    list.name = u"Inquiry"_s;
    list.colour = u"#16a085"_s;
    WatchlistMatcher matcher;
    matcher.addList(std::make_shared<const WatchlistIndex>(list,
        QList<WatchlistEntry> {entry(1, u"Quentin Marsh"_s, EntityType::Person, {}, u"former adviser"_s),
            entry(2, u"Oakridge Holdings"_s, EntityType::Organization, {u"Oakridge Systems"_s}, {}),
            entry(3, u"Lisbon"_s, EntityType::Location, {}, {})}));
    const EntityMatches found = EntityMatches::match(matcher, m_first->entities, nullptr);
    EntityMatches judged;
    for (int entity : found.entities()) {
        QList<WatchlistMatch> hits = found.all(entity);
        const QString &name = m_first->entities[entity].name;
        for (WatchlistMatch &m : hits) {
            if (name == u"Quentin Marsh")
                m.decision = WatchlistStore::Decision::Confirmed;
            else if (name == u"Lisbon")
                m.decision = WatchlistStore::Decision::Dismissed;
        }
        judged.insert(entity, hits);
    }
    QList<ExportArticle> out = articles().mid(0, 1);
    out.front().watchlist = judged;
    return out;
}

void TestSummaryExport::watchlistHits_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("markdown")
        << ExportFormat::Markdown
        << QStringList {u"## Watchlist hits"_s,
               u"| Quentin Marsh | Inquiry | Quentin Marsh — former adviser | exact | confirmed |"_s,
               u"| Oakridge Systems | Inquiry | Oakridge Holdings | alias of Oakridge Holdings | match |"_s}
        << QStringList {u"| Lisbon | Inquiry"_s};
    QTest::newRow("html") << ExportFormat::Html
                          << QStringList {u"<h2>Watchlist hits</h2>"_s, u"former adviser"_s,
                                 u"<td>alias of Oakridge Holdings</td><td>match</td>"_s}
                          << QStringList {u">Lisbon</span></td><td>Inquiry"_s};
    QTest::newRow("csv") << ExportFormat::Csv
                         << QStringList {u"mentions,salience,watchlist\r\n"_s,
                                u",\"Inquiry: Quentin Marsh (exact, confirmed)\"\r\n"_s,
                                u",\"Inquiry: Oakridge Holdings (alias of Oakridge Holdings, match)\"\r\n"_s}
                         << QStringList {u"Inquiry: Lisbon"_s};
}

void TestSummaryExport::watchlistHits()
{
    QFETCH(ExportFormat, format);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    ExportOptions options;
    options.format = format;
    options.summary.includePlacesAndOther = true; // Lisbon is in the tables; its dismissed hit is not
    const QString text = SummaryExport::text(articlesWithHits(), options);
    for (const QString &s : expected)
        QVERIFY2(text.contains(s), qPrintable(s + u"\n---\n"_s + text));
    for (const QString &s : absent)
        QVERIFY2(!text.contains(s), qPrintable(s + u"\n---\n"_s + text));
}

void TestSummaryExport::noWatchlistNoSection_data()
{
    QTest::addColumn<bool>("lists"); // active lists, without a hit
    QTest::newRow("no active list") << false;
    QTest::newRow("lists, no hit") << true;
}

void TestSummaryExport::noWatchlistNoSection()
{
    QFETCH(bool, lists);
    QList<ExportArticle> one = articles().mid(0, 1);
    if (lists)
        one.front().watchlist = EntityMatches();
    ExportOptions options;
    QVERIFY(!SummaryExport::text(one, options).contains(u"Watchlist"_s));
    options.format = ExportFormat::Csv;
    QVERIFY(SummaryExport::text(one, options)
                .startsWith(u"file,name,type,aliases,role,affiliation,mentions,salience\r\n"_s));
    // JSON: the member is there as soon as a list is active, empty without a hit.
    options.format = ExportFormat::Json;
    const QJsonObject json = QJsonDocument::fromJson(SummaryExport::text(one, options).toUtf8()).object();
    QCOMPARE(json.contains(u"watchlist"_s), lists);
    QCOMPARE(json[u"watchlist"].toArray().size(), 0);
}

void TestSummaryExport::watchlistJson()
{
    ExportOptions options;
    options.format = ExportFormat::Json;
    const QJsonObject json
        = QJsonDocument::fromJson(SummaryExport::text(articlesWithHits(), options).toUtf8()).object();
    const QJsonArray hits = json[u"watchlist"].toArray();
    QCOMPARE(hits.size(), 3); // the dismissed one too, said so
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : hits)
        byName.insert(v[u"name"].toString(), v.toObject());
    QCOMPARE(byName[u"Quentin Marsh"_s][u"decision"].toString(), u"confirmed"_s);
    QCOMPARE(byName[u"Quentin Marsh"_s][u"note"].toString(), u"former adviser"_s);
    QCOMPARE(byName[u"Quentin Marsh"_s][u"list"].toString(), u"Inquiry"_s);
    QCOMPARE(byName[u"Quentin Marsh"_s][u"type"].toString(), u"PER"_s);
    QCOMPARE(byName[u"Lisbon"_s][u"decision"].toString(), u"dismissed"_s);
    QVERIFY(byName[u"Oakridge Systems"_s][u"decision"].isNull());
    QCOMPARE(byName[u"Oakridge Systems"_s][u"entry"].toString(), u"Oakridge Holdings"_s);
    QCOMPARE(byName[u"Oakridge Systems"_s][u"reason"].toString(), u"alias of Oakridge Holdings"_s);
    QCOMPARE(byName[u"Oakridge Systems"_s][u"possible"].toBool(), false);
    // The entity's index points into the JSON's own entities.
    const int entity = byName[u"Oakridge Systems"_s][u"entity"].toInt();
    QCOMPARE(json[u"entities"].toArray().at(entity)[u"name"].toString(), u"Oakridge Systems"_s);
}

QTEST_MAIN(TestSummaryExport)
#include "tst_summaryexport.moc"
