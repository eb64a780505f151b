#include "formats/articleloader.h"
#include "formats/formatregistry.h"

#include <QFile>
#include <QMimeDatabase>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace dramatis;
using namespace Qt::StringLiterals;

// The loaders' suffixes and MIME types are the one list of what Dramatis opens: the loader's choice by
// name, the Open dialog's filter and the desktop file must all agree with it.
class TestFormatRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void desktopFileMimeTypes();
    void suffix_data();
    void suffix();
    void namedOnce();
};

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Every loader's suffixes, one row each, with the format that declares it.
void suffixRows()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("format");
    for (const FormatLoader *loader : FormatRegistry::loaders())
        for (const QString &suffix : loader->suffixes())
            QTest::addRow("%s", qPrintable(suffix)) << suffix << loader->format();
}

} // namespace

void TestFormatRegistry::desktopFileMimeTypes()
{
    QFile desktop(QStringLiteral(DRAMATIS_SOURCE_DIR "/packaging/org.dramatis.Dramatis.desktop"));
    QVERIFY2(desktop.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(desktop.errorString()));
    QStringList declared;
    while (!desktop.atEnd()) {
        const QString line = QString::fromUtf8(desktop.readLine()).trimmed();
        if (line.startsWith(u"MimeType="))
            declared = line.mid(9).split(u';', Qt::SkipEmptyParts);
    }
    QVERIFY(!declared.isEmpty());
    // The link scheme is the app's own, not a format.
    QVERIFY(declared.removeAll(u"x-scheme-handler/dramatis"_s) == 1);
    QCOMPARE(QSet<QString>(declared.cbegin(), declared.cend()).size(), declared.size());
    QCOMPARE(sorted(declared), sorted(ArticleLoader::supportedMimeTypes()));
}

void TestFormatRegistry::suffix_data()
{
    suffixRows();
}

void TestFormatRegistry::suffix()
{
    QFETCH(QString, suffix);
    QFETCH(QString, format);
    QCOMPARE(suffix, suffix.toLower());
    const FormatLoader *byName = FormatRegistry::find({}, suffix, FormatLoader::Match::ByName);
    QVERIFY(byName);
    QCOMPARE(byName->format(), format);
    QVERIFY(ArticleLoader::isSupportedFile(u"/nowhere/a."_s + suffix));
    QVERIFY(ArticleLoader::isSupportedFile(u"/nowhere/A."_s + suffix.toUpper()));
    QVERIFY(ArticleLoader::supportedSuffixes().contains(suffix));
    QVERIFY(ArticleLoader::nameFilters().contains(u"*."_s + suffix));
    // Where the system's MIME database knows the suffix, its type (or an alias) is one the loader declares.
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(u"a."_s + suffix, QMimeDatabase::MatchExtension);
    if (!mime.isDefault()) {
        const QStringList known = QStringList(mime.name()) + mime.aliases();
        const QStringList declared = byName->mimeTypes();
        QVERIFY2(
            std::any_of(known.cbegin(), known.cend(), [&](const QString &m) { return declared.contains(m); }),
            qPrintable(u"%1 is %2 to the MIME database; %3 declares %4"_s.arg(
                suffix, known.join(u", "), format, declared.join(u", "))));
    }
}

void TestFormatRegistry::namedOnce()
{
    // A suffix or MIME type two loaders claimed would go to whichever is asked first.
    QStringList suffixes;
    QStringList mimeTypes;
    for (const FormatLoader *loader : FormatRegistry::loaders()) {
        suffixes << loader->suffixes();
        mimeTypes << loader->mimeTypes();
    }
    QCOMPARE(sorted(suffixes), sorted(ArticleLoader::supportedSuffixes()));
    QCOMPARE(sorted(mimeTypes), sorted(ArticleLoader::supportedMimeTypes()));
    QCOMPARE(ArticleLoader::nameFilters().size(), suffixes.size());
}

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
