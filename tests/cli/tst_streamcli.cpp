// Stream mode: `tag --jsonl` and `export --jsonl` read one request a line and write one result a line, in
// input order whatever --threads is, with an error line for a bad request; `library import-jsonl` records
// such results into a library, a file whole or not at all, and importing twice adds nothing.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStreamCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requests_data();
    void requests();
    void usage_data();
    void usage();
    void threadsKeepInputOrder_data();
    void threadsKeepInputOrder();
    void answersBeforeTheInputEnds();
    void exportAddsNotes();
    void resultsCarryWatchlistHits_data();
    void resultsCarryWatchlistHits();
    void importIsIdempotent();
    void importBadFileRecordsNothing_data();
    void importBadFileRecordsNothing();
    void importedIdentifiersLinkArticles();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
        QList<QJsonObject> lines() const;
    };
    Run cli(const QStringList &args, const QByteArray &input = {}) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QList<QJsonObject> TestStreamCli::Run::lines() const
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

TestStreamCli::Run TestStreamCli::cli(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    p.start(QStringLiteral(DRAMATIS_CLI), args);
    Run r;
    if (!p.waitForStarted())
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

namespace {

QByteArray request(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

// A short article of our own about invented people, different for each `i`.
QString story(int i)
{
    static const QStringList people {u"Ilse Marrow"_s, u"Tobin Keszler"_s, u"Ros Adeyemi"_s, u"Petra Lund"_s};
    static const QStringList companies {u"Fenwick Rail"_s, u"Orla Foods"_s, u"Kestrel Mining"_s};
    static const QStringList places {u"Dunmore"_s, u"Calloway"_s, u"Bressay"_s};
    return u"%1, who runs %2, said on Tuesday that the plant in %3 would hire %4 workers. %5 of %6 welcomed "
           "the news."_s.arg(people.at(i % 4), companies.at(i % 3), places.at(i % 3))
        .arg(10 + i)
        .arg(people.at((i + 1) % 4), companies.at((i + 1) % 3));
}

} // namespace

void TestStreamCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile f(file(u"quarry.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Quarry to reopen\n\nMine manager Ilse Marrow said Kestrel Mining would reopen the quarry at "
            "Bressay in May.\n");
}

void TestStreamCli::requests_data()
{
    QTest::addColumn<QByteArray>("input");
    // Per result line: the id it carries (as JSON) and the error's start, empty for an article.
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("errors");
    const QByteArray path = file(u"quarry.txt"_s).toUtf8();
    const QByteArray text = request({{u"id"_s, u"a1"_s}, {u"text"_s, story(0)}});
    QTest::newRow("a path") << path + '\n' << QStringList {u"\"%1\""_s.arg(QString::fromUtf8(path))}
                            << QStringList {QString()};
    QTest::newRow("text with an id") << text << QStringList {u"\"a1\""_s} << QStringList {QString()};
    QTest::newRow("a number as id") << request({{u"id"_s, 42}, {u"text"_s, story(1)}})
                                    << QStringList {u"42"_s} << QStringList {QString()};
    QTest::newRow("no id") << request({{u"text"_s, story(2)}}) << QStringList {u"null"_s}
                           << QStringList {QString()};
    QTest::newRow("blank lines and CRLF") << "\n  \n" + text.chopped(1) + "\r\n\n"
                                          << QStringList {u"\"a1\""_s} << QStringList {QString()};
    QTest::newRow("no final newline") << text.chopped(1) << QStringList {u"\"a1\""_s}
                                      << QStringList {QString()};
    QTest::newRow("bad JSON, then a good line")
        << "{\"id\": \"x\", \"text\": \n" + text << QStringList {u"null"_s, u"\"a1\""_s}
        << QStringList {u"not a JSON object"_s, QString()};
    QTest::newRow("missing file") << QByteArray("/nonexistent/gone.txt\n")
                                  << QStringList {u"\"/nonexistent/gone.txt\""_s}
                                  << QStringList {u"/nonexistent/gone.txt"_s};
    QTest::newRow("no text") << request({{u"id"_s, u"b"_s}, {u"title"_s, u"T"_s}}) << QStringList {u"\"b\""_s}
                             << QStringList {u"a request is a file path or an object with \"text\""_s};
    QTest::newRow("text not a string") << request({{u"id"_s, u"c"_s}, {u"text"_s, 3}})
                                       << QStringList {u"\"c\""_s}
                                       << QStringList {u"a request is a file path or an object with"_s};
    QTest::newRow("title not a string")
        << request({{u"id"_s, u"d"_s}, {u"text"_s, story(0)}, {u"title"_s, QJsonArray {1}}})
        << QStringList {u"\"d\""_s} << QStringList {u"\"title\" must be a string"_s};
    QTest::newRow("bad date") << request({{u"id"_s, u"e"_s}, {u"text"_s, story(0)}, {u"date"_s, u"soon"_s}})
                              << QStringList {u"\"e\""_s} << QStringList {u"\"date\" is not an ISO 8601 date"_s};
    QTest::newRow("empty text") << request({{u"id"_s, u"f"_s}, {u"text"_s, u""_s}}) << QStringList {u"\"f\""_s}
                                << QStringList {u"line 1"_s};
    QTest::newRow("a JSON object cut short") << QByteArray("{\"id\": 1\n") << QStringList {u"null"_s}
                                             << QStringList {u"not a JSON object"_s};
    QTest::newRow("anything else is a path") << QByteArray("[1, 2]\n") << QStringList {u"\"[1, 2]\""_s}
                                             << QStringList {u"[1, 2]"_s};
}

void TestStreamCli::requests()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, errors);
    const Run r = cli({u"tag"_s, u"--jsonl"_s, u"--db"_s, file(u"none.sqlite"_s)}, input);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), ids.size()); // one line per request, each one JSON document
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), ids.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject &o = lines[i];
        QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray {o.value(u"id"_s)}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1),
            ids[i]);
        if (errors[i].isEmpty()) {
            QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
            QVERIFY(o.value(u"article"_s).toObject().value(u"text"_s).isString());
            QVERIFY(!o.value(u"mentions"_s).toArray().isEmpty());
            QVERIFY(!o.value(u"entities"_s).toArray().isEmpty());
        } else {
            QVERIFY2(o.value(u"error"_s).toString().startsWith(errors[i]), qPrintable(o.value(u"error"_s).toString()));
            QVERIFY(o.value(u"line"_s).toInteger() > 0);
            QVERIFY(!o.contains(u"mentions"_s));
        }
    }
    // The file's result is what `tag FILE` says, with the id.
    if (QByteArray(QTest::currentDataTag()) == "a path") {
        const Run single = cli({u"tag"_s, file(u"quarry.txt"_s), u"--db"_s, file(u"none.sqlite"_s)});
        QJsonObject expected = QJsonDocument::fromJson(single.out).object();
        expected.insert(u"id"_s, file(u"quarry.txt"_s));
        QCOMPARE(lines.front(), expected);
    }
}

void TestStreamCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("threads 0") << QStringList {u"tag"_s, u"--jsonl"_s, u"--threads"_s, u"0"_s};
    QTest::newRow("threads 65") << QStringList {u"tag"_s, u"--jsonl"_s, u"--threads"_s, u"65"_s};
    QTest::newRow("threads not a number") << QStringList {u"tag"_s, u"--jsonl"_s, u"--threads"_s, u"two"_s};
    QTest::newRow("a file too") << QStringList {u"tag"_s, u"--jsonl"_s, u"a.txt"_s};
    QTest::newRow("threads without jsonl") << QStringList {u"tag"_s, u"a.txt"_s, u"--threads"_s, u"2"_s};
    QTest::newRow("jsonl with format text") << QStringList {u"tag"_s, u"--jsonl"_s, u"--format"_s, u"text"_s};
    QTest::newRow("export jsonl with md") << QStringList {u"export"_s, u"--jsonl"_s, u"--format"_s, u"md"_s};
    QTest::newRow("export jsonl with out") << QStringList {u"export"_s, u"--jsonl"_s, u"--out"_s, u"x"_s};
    QTest::newRow("import-jsonl without files") << QStringList {u"library"_s, u"import-jsonl"_s};
}

void TestStreamCli::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args, "x\n");
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestStreamCli::threadsKeepInputOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("2 threads") << 2;
    QTest::newRow("4 threads") << 4;
}

void TestStreamCli::threadsKeepInputOrder()
{
    QFETCH(int, threads);
    // Requests of very different lengths, so that later ones finish first on several threads.
    QByteArray input;
    for (int i = 0; i < 40; ++i) {
        QString text = story(i);
        for (int k = 0; k < (i % 5 == 0 ? 60 : 0); ++k)
            text += u' ' + story(i + k);
        input += i % 7 == 3 ? QByteArray("{\"id\": \"bad\"}\n") : request({{u"id"_s, i}, {u"text"_s, text}});
    }
    const QStringList db {u"--db"_s, file(u"none.sqlite"_s)};
    const Run one = cli(QStringList {u"tag"_s, u"--jsonl"_s} + db, input);
    const Run many = cli(QStringList {u"tag"_s, u"--jsonl"_s, u"--threads"_s, QString::number(threads)} + db, input);
    QCOMPARE(one.code, 0);
    QCOMPARE(many.code, 0);
    const QList<QJsonObject> lines = one.lines();
    QCOMPARE(lines.size(), 40);
    for (int i = 0; i < 40; ++i) {
        if (i % 7 == 3)
            QVERIFY(lines[i].contains(u"error"_s));
        else
            QCOMPARE(lines[i].value(u"id"_s).toInt(), i);
    }
    QCOMPARE(many.out, one.out);
}

void TestStreamCli::answersBeforeTheInputEnds()
{
    // A program that writes one request and waits for its answer (a coprocess) gets it at once.
    QProcess p;
    p.start(QStringLiteral(DRAMATIS_CLI),
        {u"tag"_s, u"--jsonl"_s, u"--threads"_s, u"2"_s, u"--db"_s, file(u"none.sqlite"_s)});
    QVERIFY(p.waitForStarted());
    for (int i = 0; i < 3; ++i) {
        p.write(request({{u"id"_s, i}, {u"text"_s, story(i)}}));
        while (!p.canReadLine())
            QVERIFY(p.waitForReadyRead(60000));
        const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
        QCOMPARE(o.value(u"id"_s).toInt(), i);
    }
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAll().isEmpty());
}

void TestStreamCli::exportAddsNotes()
{
    const QString db = file(u"notes.sqlite"_s);
    const Run note = cli({u"note"_s, u"add"_s, file(u"quarry.txt"_s), u"--quote"_s, u"Ilse Marrow"_s,
        u"--text"_s, u"ask about May"_s, u"--db"_s, db});
    QVERIFY2(note.code == 0, qPrintable(note.err));
    const QByteArray input = file(u"quarry.txt"_s).toUtf8() + '\n' + "{\"text\": 5}\n";
    const Run r = cli({u"export"_s, u"--jsonl"_s, u"--db"_s, db}, input);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 2);
    // The same as the file's JSON export, with the id.
    const Run single = cli({u"export"_s, file(u"quarry.txt"_s), u"--format"_s, u"json"_s, u"--db"_s, db});
    QJsonObject expected = QJsonDocument::fromJson(single.out).object();
    expected.insert(u"id"_s, file(u"quarry.txt"_s));
    QCOMPARE(lines[0], expected);
    QCOMPARE(lines[0].value(u"annotations"_s).toArray().size(), 1);
    QVERIFY(lines[1].contains(u"error"_s));
}

void TestStreamCli::resultsCarryWatchlistHits_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("tag") << u"tag"_s;
    QTest::newRow("export") << u"export"_s;
}

void TestStreamCli::resultsCarryWatchlistHits()
{
    QFETCH(QString, command);
    const QString db = file(u"watch-%1.sqlite"_s.arg(command));
    const QByteArray input = file(u"quarry.txt"_s).toUtf8() + '\n'
        + request({{u"id"_s, u"petra"_s}, {u"title"_s, u"Rail"_s},
            {u"text"_s, u"Petra Lund joined Fenwick Rail."_s}});
    // No list yet (no database at all): no "watchlist" member, as in the one-shot JSON.
    Run r = cli({command, u"--jsonl"_s, u"--db"_s, db}, input);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.lines().size(), 2);
    for (const QJsonObject &line : r.lines())
        QVERIFY(!line.contains(u"watchlist"_s));

    QFile list(file(u"quarry-list.csv"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    // An entry without a type matches a name of any type.
    list.write("name,type,note\nIlse Marrow,person,runs the quarry\nKestrel Mining,,\n");
    list.close();
    const Run add = cli({u"watchlist"_s, u"add"_s, u"Quarry"_s, list.fileName(), u"--db"_s, db});
    QVERIFY2(add.code == 0, qPrintable(add.err));

    r = cli({command, u"--jsonl"_s, u"--threads"_s, u"2"_s, u"--db"_s, db}, input);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 2);
    QStringList entries;
    for (const QJsonValue &hit : lines[0].value(u"watchlist"_s).toArray()) {
        QCOMPARE(hit[u"list"_s].toString(), u"Quarry"_s);
        const int entity = hit[u"entity"_s].toInt();
        QCOMPARE(lines[0].value(u"entities"_s).toArray().at(entity)[u"name"_s].toString(),
            hit[u"name"_s].toString());
        entries.append(hit[u"entry"_s].toString());
    }
    entries.sort();
    QCOMPARE(entries, (QStringList {u"Ilse Marrow"_s, u"Kestrel Mining"_s}));
    // A list is active: an article without a hit says so with an empty array.
    QVERIFY(lines[1].value(u"watchlist"_s).isArray());
    QCOMPARE(lines[1].value(u"watchlist"_s).toArray().size(), 0);
    // The same hits as the one-shot JSON of that file.
    const Run single = command == u"tag"
        ? cli({u"tag"_s, file(u"quarry.txt"_s), u"--db"_s, db})
        : cli({u"export"_s, file(u"quarry.txt"_s), u"--format"_s, u"json"_s, u"--db"_s, db});
    QVERIFY2(single.code == 0, qPrintable(single.err));
    QCOMPARE(
        lines[0].value(u"watchlist"_s), QJsonDocument::fromJson(single.out).object().value(u"watchlist"_s));
}

void TestStreamCli::importIsIdempotent()
{
    QByteArray input;
    for (int i = 0; i < 12; ++i)
        input += request({{u"id"_s, u"s%1"_s.arg(i)}, {u"text"_s, story(i)}, {u"title"_s, u"Story %1"_s.arg(i)},
            {u"date"_s, u"2026-03-%1"_s.arg(i + 10)}, {u"source"_s, u"The Ledger"_s}});
    input += "not/a/file.txt\n"; // an error line: skipped by the import
    const Run tagged = cli({u"tag"_s, u"--jsonl"_s, u"--threads"_s, u"2"_s}, input);
    QCOMPARE(tagged.code, 0);
    const QString results = file(u"results.jsonl"_s);
    {
        QFile f(results);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tagged.out);
    }
    const QString db = file(u"imported.sqlite"_s);
    QJsonObject firstList;
    QJsonObject firstEntities;
    for (int round = 0; round < 2; ++round) {
        const Run import = cli({u"library"_s, u"import-jsonl"_s, results, u"--db"_s, db, u"--json"_s});
        QVERIFY2(import.code == 0, qPrintable(import.err));
        const QJsonObject report
            = QJsonDocument::fromJson(import.out).object().value(u"imported"_s).toArray().at(0).toObject();
        QCOMPARE(report.value(u"recorded"_s).toInt(), 12);
        QCOMPARE(report.value(u"skipped"_s).toInt(), 1);
        const Run list = cli({u"library"_s, u"list"_s, u"--json"_s, u"--sort"_s, u"title"_s, u"--asc"_s,
            u"--db"_s, db});
        const Run entities = cli({u"library"_s, u"entities"_s, u"--json"_s, u"--db"_s, db});
        QJsonObject listed = QJsonDocument::fromJson(list.out).object();
        const QJsonArray articles = listed.value(u"articles"_s).toArray();
        QCOMPARE(articles.size(), 12);
        QCOMPARE(articles.at(0).toObject().value(u"title"_s).toString(), u"Story 0"_s);
        QCOMPARE(articles.at(0).toObject().value(u"source"_s).toString(), u"The Ledger"_s);
        QCOMPARE(articles.at(0).toObject().value(u"date"_s).toString(), u"2026-03-10"_s);
        const QJsonObject ents = QJsonDocument::fromJson(entities.out).object();
        if (round == 0) {
            firstEntities = ents;
            QVERIFY(ents.value(u"entities"_s).toArray().size() >= 10);
        } else {
            QCOMPARE(ents, firstEntities); // nothing added, no count doubled
        }
    }
    // Co-mentions come from the imported articles.
    const Run entity = cli({u"library"_s, u"entity"_s, u"Ilse Marrow"_s, u"--json"_s, u"--db"_s, db});
    QVERIFY2(entity.code == 0, qPrintable(entity.err));
    const QJsonObject o = QJsonDocument::fromJson(entity.out).object();
    QCOMPARE(o.value(u"articles"_s).toArray().size(), 6); // stories 0, 3, 4, 7, 8, 11
    QVERIFY(!o.value(u"co_mentioned"_s).toArray().isEmpty());
}

void TestStreamCli::importBadFileRecordsNothing_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"article\": ") << u":2: not a JSON object"_s;
    QTest::newRow("no article") << QByteArray("{\"mentions\": [], \"entities\": []}") << u":2: no \"article\""_s;
    QTest::newRow("offset past the text")
        << QByteArray("{\"article\": {\"text\": \"Ann\"}, \"mentions\": [{\"start\": 0, \"end\": 9, \"type\": "
                      "\"PER\", \"entity\": null}], \"entities\": []}")
        << u":2: mention 0 is malformed"_s;
    QTest::newRow("entity index out of range")
        << QByteArray("{\"article\": {\"text\": \"Ann\"}, \"mentions\": [], \"entities\": [{\"name\": \"Ann\", "
                      "\"type\": \"PER\", \"mentions\": [3]}]}")
        << u":2: entity 0 is malformed"_s;
    QTest::newRow("unknown type")
        << QByteArray("{\"article\": {\"text\": \"Ann\"}, \"mentions\": [], \"entities\": [{\"name\": \"Ann\", "
                      "\"type\": \"CAT\"}]}")
        << u":2: entity 0 is malformed"_s;
    QTest::newRow("identifier past the text") << QByteArray(
        "{\"article\": {\"text\": \"Ann\"}, \"mentions\": [], \"entities\": [], \"identifiers\": "
        "[{\"kind\": \"email\", \"normalised\": \"a@b.example\", \"start\": 0, \"end\": 11}]}")
                                              << u":2: identifier 0 is malformed"_s;
    QTest::newRow("unknown identifier kind") << QByteArray(
        "{\"article\": {\"text\": \"Ann\"}, \"mentions\": [], \"entities\": [], \"identifiers\": "
        "[{\"kind\": \"fax\", \"normalised\": \"1\", \"start\": 0, \"end\": 1}]}")
                                             << u":2: identifier 0 is malformed"_s;
    QTest::newRow("identifiers not a list") << QByteArray(
        "{\"article\": {\"text\": \"Ann\"}, \"mentions\": [], \"entities\": [], \"identifiers\": "
        "{}}") << u":2: \"identifiers\" is no array"_s;
}

void TestStreamCli::importBadFileRecordsNothing()
{
    QFETCH(QByteArray, badLine);
    QFETCH(QString, message);
    const Run tagged = cli({u"tag"_s, u"--jsonl"_s}, request({{u"id"_s, 1}, {u"text"_s, story(1)}}));
    QCOMPARE(tagged.code, 0);
    const QString path = file(u"bad-%1.jsonl"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tagged.out + badLine + '\n' + tagged.out);
    }
    const QString db = file(u"bad.sqlite"_s);
    const Run import = cli({u"library"_s, u"import-jsonl"_s, path, u"--db"_s, db});
    QCOMPARE(import.code, 1);
    QVERIFY2(import.err.startsWith(path + message), qPrintable(import.err));
    QCOMPARE(import.err.count(u'\n'), 1);
    const Run list = cli({u"library"_s, u"list"_s, u"--json"_s, u"--db"_s, db});
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value(u"articles"_s).toArray().size(), 0);
}

void TestStreamCli::importedIdentifiersLinkArticles()
{
    // The same press line in stories 0 and 2, a number of its own in story 1: tagged elsewhere, imported,
    // and then `library identifier` lists the articles that share one.
    const QStringList contacts {u"Press: press@fenwick-rail.example, +44 20 7946 0321."_s,
        u"Call +44 20 7946 0999."_s, u"Write to PRESS@fenwick-rail.example."_s};
    QByteArray input;
    for (int i = 0; i < 3; ++i)
        input += request(QJsonObject {{u"id"_s, i}, {u"text"_s, QString(story(i) + u' ' + contacts.at(i))},
            {u"title"_s, u"Story %1"_s.arg(i)}});
    const Run tagged = cli({u"tag"_s, u"--jsonl"_s}, input);
    QCOMPARE(tagged.code, 0);
    const QString results = file(u"contacts.jsonl"_s);
    {
        QFile f(results);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tagged.out);
    }
    const QString db = file(u"contacts.sqlite"_s);
    const Run import = cli({u"library"_s, u"import-jsonl"_s, results, u"--db"_s, db});
    QVERIFY2(import.code == 0, qPrintable(import.err));

    const Run shared
        = cli({u"library"_s, u"identifier"_s, u"Press@Fenwick-Rail.example"_s, u"--json"_s, u"--db"_s, db});
    QVERIFY2(shared.code == 0, qPrintable(shared.err));
    const QJsonObject o = QJsonDocument::fromJson(shared.out).object();
    QCOMPARE(o.value(u"identifier"_s).toObject().value(u"kind"_s).toString(), u"email"_s);
    QCOMPARE(o.value(u"identifier"_s).toObject().value(u"normalised"_s).toString(),
        u"press@fenwick-rail.example"_s);
    QCOMPARE(o.value(u"identifier"_s).toObject().value(u"articles"_s).toInt(), 2);
    QStringList titles;
    for (const QJsonValue &a : o.value(u"articles"_s).toArray())
        titles << a.toObject().value(u"title"_s).toString();
    QCOMPARE(titles, (QStringList {u"Story 2"_s, u"Story 0"_s})); // the most recently recorded first
    // A number as written in the text finds its normalised form.
    const Run phone
        = cli({u"library"_s, u"identifier"_s, u"+44 (20) 7946-0999"_s, u"--json"_s, u"--db"_s, db});
    QVERIFY2(phone.code == 0, qPrintable(phone.err));
    QCOMPARE(QJsonDocument::fromJson(phone.out).object().value(u"articles"_s).toArray().size(), 1);
    const Run none = cli({u"library"_s, u"identifier"_s, u"nobody@nowhere.example"_s, u"--db"_s, db});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(u"no article"_s), qPrintable(none.err));
    // The entity page lists the identifiers in its articles.
    const Run entity = cli({u"library"_s, u"entity"_s, u"Fenwick Rail"_s, u"--json"_s, u"--db"_s, db});
    QVERIFY2(entity.code == 0, qPrintable(entity.err));
    const QJsonArray ids = QJsonDocument::fromJson(entity.out).object().value(u"identifiers"_s).toArray();
    QStringList listed;
    for (const QJsonValue &i : ids)
        listed << i.toObject().value(u"normalised"_s).toString();
    QVERIFY2(listed.contains(u"press@fenwick-rail.example"_s), qPrintable(listed.join(u' ')));
    QVERIFY2(!listed.contains(u"+442079460999"_s), qPrintable(listed.join(u' '))); // only in story 1
}

QTEST_GUILESS_MAIN(TestStreamCli)
#include "tst_streamcli.moc"
