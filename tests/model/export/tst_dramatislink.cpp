// dramatis://open links: what is accepted, what is refused and why, and code points to UTF-16.
#include "export/dramatislink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

class TestDramatisLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
    void span_data();
    void span();

private:
    QTemporaryDir m_dir;
};

void TestDramatisLink::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : {u"article.txt"_s, u"two words.txt"_s, u"café été.txt"_s}) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ana Lima met Bo.\n");
    }
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
}

void TestDramatisLink::parse_data()
{
    // DIR stands for the test folder (absolute); `file` is what a good link must resolve to.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error"); // a piece of the message; empty when the link is good
    const QString ok;
    QTest::newRow("good") << u"dramatis://open?file=DIR/article.txt&start=0&end=3"_s << u"article.txt"_s
                          << ok;
    QTest::newRow("good, path fully encoded")
        << u"dramatis://open?file=DIR%2Farticle.txt&start=4&end=8"_s << u"article.txt"_s << ok;
    QTest::newRow("spaces encoded") << u"dramatis://open?file=DIR/two%20words.txt&start=0&end=3"_s
                                    << u"two words.txt"_s << ok;
    QTest::newRow("spaces raw (typed in a shell)")
        << u"dramatis://open?file=DIR/two words.txt&start=0&end=3"_s << u"two words.txt"_s << ok;
    QTest::newRow("non-ASCII encoded")
        << u"dramatis://open?file=DIR/caf%C3%A9%20%C3%A9t%C3%A9.txt&start=1&end=2"_s << u"café été.txt"_s
        << ok;
    QTest::newRow("non-ASCII raw") << u"dramatis://open?file=DIR/café été.txt&start=1&end=2"_s
                                   << u"café été.txt"_s << ok;
    QTest::newRow("empty span") << u"dramatis://open?file=DIR/article.txt&start=5&end=5"_s << u"article.txt"_s
                                << ok;
    QTest::newRow("scheme in capitals")
        << u"DRAMATIS://open?file=DIR/article.txt&start=0&end=3"_s << u"article.txt"_s << ok;
    QTest::newRow("wrong scheme") << u"https://open?file=DIR/article.txt&start=0&end=3"_s << QString()
                                  << u"Not a Dramatis link"_s;
    QTest::newRow("file scheme") << u"file://DIR/article.txt"_s << QString() << u"Not a Dramatis link"_s;
    QTest::newRow("wrong verb") << u"dramatis://delete?file=DIR/article.txt&start=0&end=3"_s << QString()
                                << u"can only open a file"_s;
    QTest::newRow("path after the verb")
        << u"dramatis://open/etc/passwd?start=0&end=3"_s << QString() << u"can only open a file"_s;
    QTest::newRow("no file") << u"dramatis://open?start=0&end=3"_s << QString() << u"names no file"_s;
    QTest::newRow("relative path") << u"dramatis://open?file=article.txt&start=0&end=3"_s << QString()
                                   << u"not a full path"_s;
    QTest::newRow("resource path") << u"dramatis://open?file=:/samples/sample.txt&start=0&end=3"_s
                                   << QString() << u"not a full path"_s;
    QTest::newRow("missing file") << u"dramatis://open?file=DIR/nothing.txt&start=0&end=3"_s << QString()
                                  << u"does not exist"_s;
    QTest::newRow("folder") << u"dramatis://open?file=DIR/folder&start=0&end=3"_s << QString() << u"folder"_s;
    QTest::newRow("start > end") << u"dramatis://open?file=DIR/article.txt&start=9&end=3"_s << QString()
                                 << u"start (9) is after its end (3)"_s;
    QTest::newRow("no end") << u"dramatis://open?file=DIR/article.txt&start=0"_s << QString()
                            << u"needs a start and an end"_s;
    QTest::newRow("negative") << u"dramatis://open?file=DIR/article.txt&start=-1&end=3"_s << QString()
                              << u"needs a start and an end"_s;
    QTest::newRow("not a number") << u"dramatis://open?file=DIR/article.txt&start=zero&end=3"_s << QString()
                                  << u"needs a start and an end"_s;
    QTest::newRow("empty") << QString() << QString() << u"Not a Dramatis link"_s;
}

void TestDramatisLink::parse()
{
    QFETCH(QString, url);
    QFETCH(QString, file);
    QFETCH(QString, error);
    url.replace(u"DIR"_s, m_dir.path());
    QString why;
    const auto link = DramatisLink::parse(url, &why);
    if (error.isEmpty()) {
        QVERIFY2(link, qPrintable(why));
        QCOMPARE(link->file, QDir(m_dir.path()).filePath(file));
        QVERIFY(QFile::exists(link->file));
        QVERIFY(link->start <= link->end);
    } else {
        QVERIFY2(!link, qPrintable(url));
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY(!why.contains(u'\n'));
    }
}

void TestDramatisLink::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"article.txt"_s;
    QTest::newRow("spaces") << u"two words.txt"_s;
    QTest::newRow("non-ASCII") << u"café été.txt"_s;
}

void TestDramatisLink::roundTrip()
{
    QFETCH(QString, name);
    const QString path = QDir(m_dir.path()).filePath(name);
    const QString url = DramatisLink::build(path, 4, 8);
    QVERIFY(url.startsWith(u"dramatis://open?file="_s));
    // Fully encoded: no space or non-ASCII character that a terminal or a Markdown renderer could break on.
    for (QChar c : url)
        QVERIFY2(c.unicode() > 0x20 && c.unicode() < 0x7f, qPrintable(url));
    QString why;
    const auto link = DramatisLink::parse(url, &why);
    QVERIFY2(link, qPrintable(why));
    QCOMPARE(link->file, path);
    QCOMPARE(link->start, 4);
    QCOMPARE(link->end, 8);
}

void TestDramatisLink::span_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start"); // code points
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("quote"); // what the UTF-16 span holds; empty when out of range
    QTest::newRow("ASCII") << u"Ana Lima met Bo."_s << 4 << 8 << u"Lima"_s;
    QTest::newRow("whole text") << u"Ana"_s << 0 << 3 << u"Ana"_s;
    QTest::newRow("after an emoji") << u"😀 Ana Lima"_s << 2 << 5 << u"Ana"_s;
    QTest::newRow("the emoji itself") << u"😀 Ana Lima"_s << 0 << 1 << u"😀"_s;
    QTest::newRow("end past the text") << u"Ana"_s << 0 << 4 << QString();
    QTest::newRow("past, counted in UTF-16 it would fit") << u"😀😀"_s << 0 << 3 << QString();
}

void TestDramatisLink::span()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, quote);
    const DramatisLink link {m_dir.filePath(u"article.txt"_s), start, end};
    QString why;
    const auto span = link.toUtf16(text, &why);
    if (quote.isEmpty()) {
        QVERIFY(!span);
        QVERIFY2(why.contains(u"outside the article"_s), qPrintable(why));
        return;
    }
    QVERIFY2(span, qPrintable(why));
    QCOMPARE(text.mid(span->first, span->second - span->first), quote);
}

QTEST_GUILESS_MAIN(TestDramatisLink)
#include "tst_dramatislink.moc"
