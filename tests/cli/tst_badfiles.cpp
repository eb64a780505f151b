// Every file in the bad-file corpus (tests/data/bad/, made by make_bad.py) and the big or special ones made
// here at run time (a 5 MB line, a 2 GB sparse file, 1 GB zip bombs, HTML nested 100,000 deep, a FIFO, a
// symlink loop, an unreadable file, /dev/zero) goes through `dramatis-cli tag` in a child process with a
// 1 GB address-space limit and a time limit. The CLI's contract: exit 0 with an article, or exit 1
// with one line on stderr that names the file; never a signal, a hang, or a usage error. Run as root, the
// child drops to `nobody`, so that "no read permission" means something.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/unprivilegedchild.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true; // ASan maps terabytes of shadow memory: no address-space limit then
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

constexpr rlim_t MemoryLimit = rlim_t(1) << 30;
constexpr int TimeLimitSeconds = 120; // generous: CI machines are slow and shared; a hang is forever

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// One member of a ZIP archive: `data` is stored as is (method 0) or is a raw deflate stream (method 8).
struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    quint32 crc = 0;
    quint32 size = 0; // uncompressed
    quint16 method = 0;

    static ZipEntry stored(const QByteArray &name, const QByteArray &data)
    {
        return {name, data, crc32(data), quint32(data.size()), 0};
    }
};

void putLe(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

QByteArray zipArchive(const QList<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &e : entries) {
        const auto header = [&](QByteArray &to, bool isCentral) {
            putLe(to, isCentral ? 0x02014b50 : 0x04034b50, 4);
            if (isCentral)
                putLe(to, 20, 2); // made by
            putLe(to, 20, 2); // version needed
            putLe(to, 0, 2); // flags
            putLe(to, e.method, 2);
            putLe(to, 0x4A6E, 2); // 09:19:28
            putLe(to, 0x586E, 2); // 2024-03-14
            putLe(to, e.crc, 4);
            putLe(to, quint32(e.data.size()), 4);
            putLe(to, e.size, 4);
            putLe(to, quint16(e.name.size()), 2);
            putLe(to, 0, 2); // extra
            if (isCentral) {
                putLe(to, 0, 2); // comment
                putLe(to, 0, 2); // disk
                putLe(to, 0, 2); // internal attributes
                putLe(to, 0, 4); // external attributes
                putLe(to, quint32(out.size()), 4); // local header offset
            }
            to.append(e.name);
        };
        header(central, true);
        header(out, false);
        out.append(e.data);
    }
    const qsizetype centralOffset = out.size();
    out.append(central);
    putLe(out, 0x06054b50, 4);
    putLe(out, 0, 4);
    putLe(out, quint16(entries.size()), 2);
    putLe(out, quint16(entries.size()), 2);
    putLe(out, quint32(central.size()), 4);
    putLe(out, quint32(centralOffset), 4);
    putLe(out, 0, 2);
    return out;
}

// `size` zero bytes as a raw deflate stream, through gzip (always on Debian): its body is raw deflate and
// its trailer holds the CRC-32 and the size.
std::optional<ZipEntry> deflatedZeros(const QByteArray &name, quint32 size)
{
    QProcess gzip;
    gzip.start(u"sh"_s, {u"-c"_s, u"head -c %1 /dev/zero | gzip -9 -n"_s.arg(size)});
    if (!gzip.waitForFinished(180000) || gzip.exitCode() != 0)
        return std::nullopt;
    const QByteArray gz = gzip.readAllStandardOutput();
    if (gz.size() < 18 || quint8(gz[0]) != 0x1f || quint8(gz[1]) != 0x8b || gz[3] != 0)
        return std::nullopt; // header with optional fields: not what `gzip -n` from a pipe writes
    ZipEntry e;
    e.name = name;
    e.data = gz.mid(10, gz.size() - 18);
    const auto le32 = [&](qsizetype at) {
        return quint32(quint8(gz[at])) | quint32(quint8(gz[at + 1])) << 8 | quint32(quint8(gz[at + 2])) << 16
            | quint32(quint8(gz[at + 3])) << 24;
    };
    e.crc = le32(gz.size() - 8);
    e.size = le32(gz.size() - 4);
    e.method = 8;
    return e;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tagBadFile_data();
    void tagBadFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QStringList m_generated;
    QString m_unreadable;
};

void TestBadFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto path = [&](const QString &name) { return m_dir.filePath(name); };
    const auto add = [&](const QString &name) { m_generated.append(path(name)); };
    // The child may run as nobody: it must be able to enter the folder and read what it should read.
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    QVERIFY(QDir(m_dir.path()).mkdir(u"home"_s));
    QVERIFY(::chmod(QFile::encodeName(path(u"home"_s)).constData(), 01777) == 0);

    // A 5 MB article on one line (words, so the tagger has work).
    {
        QByteArray line;
        const QByteArray words = "Lisa Holt of Northwind Robotics met the Fal River Boats board in Lisbon; ";
        while (line.size() < 5 * 1024 * 1024)
            line += words;
        QVERIFY(writeFile(path(u"single-line-5mb.txt"_s), line));
        add(u"single-line-5mb.txt"_s);
    }
    // 2 GB of nothing: sparse, so it costs no disk.
    {
        QFile f(path(u"sparse-2gb.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("Ferry news.\n") > 0);
        QVERIFY(f.resize(qint64(2) << 30));
        add(u"sparse-2gb.txt"_s);
    }
    // HTML nested 100,000 deep.
    {
        QByteArray html = "<!DOCTYPE html><html><body>";
        html += QByteArray("<div>").repeated(100000) + "The ferry runs."
            + QByteArray("</div>").repeated(100000);
        html += "</body></html>\n";
        QVERIFY(writeFile(path(u"nested-100000.html"_s), html));
        add(u"nested-100000.html"_s);
    }
    // A MIME message with a 1 MB header line.
    {
        const QByteArray eml
            = "Subject: " + QByteArray(1 << 20, 'x') + "\nFrom: a@example.org\n\nThe ferry runs.\n";
        QVERIFY(writeFile(path(u"huge-header.eml"_s), eml));
        add(u"huge-header.eml"_s);
    }
    // Zip bombs: 1 GB of zeros deflated to about 1 MB, as the document of each archive format.
    if (const std::optional<ZipEntry> bomb = deflatedZeros("bomb", 1u << 30)) {
        const auto withName = [&](const QByteArray &name) {
            ZipEntry e = *bomb;
            e.name = name;
            return e;
        };
        QVERIFY(writeFile(path(u"bomb-1gb.zip"_s), zipArchive({withName("article.txt")})));
        QVERIFY(writeFile(path(u"bomb-1gb.docx"_s),
            zipArchive({ZipEntry::stored("[Content_Types].xml", "<Types/>"),
                ZipEntry::stored("_rels/.rels", "<Relationships/>"), withName("word/document.xml")})));
        QVERIFY(writeFile(path(u"bomb-1gb.odt"_s),
            zipArchive({ZipEntry::stored("mimetype", "application/vnd.oasis.opendocument.text"),
                withName("content.xml")})));
        QVERIFY(writeFile(path(u"bomb-1gb.epub"_s),
            zipArchive({ZipEntry::stored("mimetype", "application/epub+zip"),
                ZipEntry::stored("META-INF/container.xml",
                    "<container><rootfiles><rootfile full-path=\"c.opf\"/>"
                    "</rootfiles></container>"),
                ZipEntry::stored("c.opf",
                    "<package><manifest><item id=\"a\" href=\"a.xhtml\"/>"
                    "</manifest><spine><itemref idref=\"a\"/></spine></package>"),
                withName("a.xhtml")})));
        // Many members, each a 1 GB bomb sharing nothing but the recipe.
        QList<ZipEntry> many;
        for (int i = 0; i < 8; ++i)
            many.append(withName("part" + QByteArray::number(i) + ".txt"));
        QVERIFY(writeFile(path(u"bomb-8x1gb.zip"_s), zipArchive(many)));
        for (const char *name :
            {"bomb-1gb.zip", "bomb-1gb.docx", "bomb-1gb.odt", "bomb-1gb.epub", "bomb-8x1gb.zip"})
            add(QString::fromLatin1(name));
    } else {
        qWarning("gzip could not make the zip bombs; those cases are left out");
    }
    // Special files: a FIFO nobody writes to, a symlink loop, a dangling link, a folder, an unreadable file.
    QVERIFY(::mkfifo(QFile::encodeName(path(u"fifo.txt"_s)).constData(), 0644) == 0);
    add(u"fifo.txt"_s);
    QVERIFY(QFile::link(path(u"loop-b.txt"_s), path(u"loop-a.txt"_s)));
    QVERIFY(QFile::link(path(u"loop-a.txt"_s), path(u"loop-b.txt"_s)));
    add(u"loop-a.txt"_s);
    QVERIFY(QFile::link(path(u"nowhere.txt"_s), path(u"dangling.txt"_s)));
    add(u"dangling.txt"_s);
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.txt"_s));
    add(u"folder.txt"_s);
    m_unreadable = path(u"unreadable.txt"_s);
    QVERIFY(writeFile(m_unreadable, "The ferry runs.\n"));
    QVERIFY(QFile::setPermissions(m_unreadable, QFileDevice::Permissions()));
    add(u"unreadable.txt"_s);
    m_generated.append(u"/dev/zero"_s);
    m_generated.append(u"/dev/null"_s);
    m_generated.append(path(u"missing.txt"_s));
}

void TestBadFiles::cleanupTestCase()
{
    QFile::setPermissions(m_unreadable, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestBadFiles::tagBadFile_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(DRAMATIS_TEST_DATA "/bad"), QDir::Files);
    QStringList corpus;
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(u".py"_s) && !file.endsWith(u"README"_s))
            corpus.append(file);
    }
    corpus.sort();
    QVERIFY2(
        corpus.size() >= 40, "the committed bad-file corpus is missing (run tests/data/bad/make_bad.py)");
    const QStringList all = corpus + m_generated;
    for (const QString &file : all)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestBadFiles::tagBadFile()
{
    QFETCH(QString, path);
    const QString escaped = u"/tmp/dramatis-escaped.txt"_s;
    QFile::remove(escaped);

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(u"home"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home);
    env.insert(u"XDG_CACHE_HOME"_s, home);
    env.insert(u"DRAMATIS_DB"_s, home + u"/none.sqlite"_s); // never the analyst's own library
    cli.setProcessEnvironment(env);
    cli.setChildProcessModifier([] {
        rlimit limit {};
        if (!Sanitized) {
            limit.rlim_cur = limit.rlim_max = MemoryLimit;
            ::setrlimit(RLIMIT_AS, &limit);
        }
        limit.rlim_cur = limit.rlim_max = TimeLimitSeconds + 10;
        ::setrlimit(RLIMIT_CPU, &limit);
        limit.rlim_cur = limit.rlim_max = 0;
        ::setrlimit(RLIMIT_CORE, &limit);
        dramatis::test::dropRootInChild();
    });
    cli.start(QStringLiteral(DRAMATIS_CLI), {u"tag"_s, path, u"--format"_s, u"json"_s});
    QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
    if (!cli.waitForFinished(TimeLimitSeconds * 1000)) {
        cli.kill();
        cli.waitForFinished(10000);
        QFAIL(qPrintable(u"hang: no answer within %1 s"_s.arg(TimeLimitSeconds)));
    }
    const QByteArray out = cli.readAllStandardOutput();
    const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit,
        qPrintable(u"crashed (signal); stderr: "_s + err.left(2000)));
    const int code = cli.exitCode();
    qInfo("exit %d%s%s", code, err.isEmpty() ? "" : ": ", qPrintable(err.left(300)));
    QVERIFY2(code == 0 || code == 1, qPrintable(u"exit %1; stderr: %2"_s.arg(code).arg(err.left(2000))));
    QVERIFY2(!QFileInfo::exists(escaped), "an archive member escaped into /tmp");
    if (code == 1) {
        QVERIFY2(!err.isEmpty(), "exit 1 without a message");
        QVERIFY2(!err.contains(u'\n'), qPrintable(u"more than one line: "_s + err.left(2000)));
        QVERIFY2(
            err.contains(QFileInfo(path).fileName()), qPrintable(u"the message names no file: "_s + err));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QString text = json.object().value(u"article"_s).toObject().value(u"text"_s).toString();
    QVERIFY2(!text.isEmpty(), "exit 0 with no article text");
    // An entity expansion that went through would show as pages of "lol".
    QVERIFY2(!text.contains(u"lollollollollollollollollollol"_s), "XML entities were expanded");
    QVERIFY2(text.size() < 64 * 1024 * 1024, "an article larger than any file we accept");
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
