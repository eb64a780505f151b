// Opening a web page or an e-mail never reaches the network: every remote reference (images, style sheets,
// scripts, frames, media, fonts, refresh and prefetch hints) in the HTML and e-mail files written here points
// at a TCP listener this test opens on 127.0.0.1, and after `dramatis-cli tag` has read each file the
// listener must have seen no connection. (Running the CLI without a network would prove less: a loader that
// tried and failed quietly would pass.) Whatever the format support of the day, the file loads or is refused
// with its message; once the HTML and e-mail loaders read these files, the test keeps them honest.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A listening socket on 127.0.0.1 that counts the connections made to it.
class Listener final
{
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(m_fd, 64) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
    }
    ~Listener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

    quint16 port() const { return m_port; }

    // Accepts (and closes) whatever is waiting, waiting up to `ms` for a first one; returns how many.
    int connections(int ms)
    {
        int n = 0;
        pollfd p {m_fd, POLLIN, 0};
        while (::poll(&p, 1, n == 0 ? ms : 0) > 0) {
            const int c = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (c < 0)
                break;
            ::close(c);
            ++n;
        }
        return n;
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

QByteArray page(const QByteArray &base)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
           "<base href=\""
        + base
        + "/base/\">\n"
          "<title>Ferry timetable cut</title>\n"
          "<meta property=\"og:title\" content=\"Ferry timetable cut\">\n"
          "<meta property=\"og:image\" content=\""
        + base
        + "/og.png\">\n"
          "<meta http-equiv=\"refresh\" content=\"0; url="
        + base
        + "/refresh\">\n"
          "<link rel=\"stylesheet\" href=\""
        + base
        + "/style.css\">\n"
          "<link rel=\"preload\" href=\""
        + base
        + "/preload.js\" as=\"script\">\n"
          "<link rel=\"dns-prefetch\" href=\""
        + base + "\"><link rel=\"preconnect\" href=\"" + base
        + "\">\n"
          "<link rel=\"icon\" href=\""
        + base
        + "/favicon.ico\">\n"
          "<script src=\""
        + base
        + "/app.js\"></script>\n"
          "<script>fetch('"
        + base + "/fetch'); new Image().src='" + base
        + "/beacon';</script>\n"
          "<style>@import url(\""
        + base + "/import.css\"); body { background: url(" + base
        + "/bg.png); }\n"
          "@font-face { font-family: X; src: url("
        + base
        + "/font.woff2); }</style>\n"
          "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Ferry timetable "
          "cut\", "
          "\"image\": \""
        + base
        + "/ld.png\"}</script>\n"
          "</head><body>\n"
          "<article><h1>Ferry timetable cut</h1>\n"
          "<p>The St Mawes ferry will run a winter timetable from November, said Fal River Boats.</p>\n"
          "<img src=\""
        + base + "/photo.jpg\" srcset=\"" + base
        + "/photo-2x.jpg 2x\" alt=\"The ferry\">\n"
          "<picture><source srcset=\""
        + base + "/photo.webp\"><img src=\"" + base
        + "/photo2.jpg\"></picture>\n"
          "<p style=\"background-image: url('"
        + base
        + "/inline.png')\">Its director, Ana Pryor, said fewer "
          "crossings would keep the service going until the spring.</p>\n"
          "<iframe src=\""
        + base
        + "/frame.html\"></iframe>\n"
          "<video src=\""
        + base + "/clip.mp4\" poster=\"" + base
        + "/poster.jpg\"></video>\n"
          "<audio src=\""
        + base
        + "/sound.mp3\"></audio>\n"
          "<object data=\""
        + base + "/object.swf\"></object><embed src=\"" + base
        + "/embed.swf\">\n"
          "<svg><image href=\""
        + base
        + "/svg.png\"/></svg>\n"
          "<img src=\"//127.0.0.1:"
        + base.mid(base.lastIndexOf(':') + 1)
        + "/protocol-relative.png\">\n"
          "</article></body></html>\n";
}

QByteArray mail(const QByteArray &base)
{
    const QByteArray html = page(base);
    return "From: Fal River Boats <news@example.org>\r\n"
           "To: desk@example.org\r\n"
           "Subject: Ferry timetable cut\r\n"
           "Date: Thu, 14 Mar 2024 09:30:00 +0000\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/related; boundary=\"rel\"\r\n"
           "\r\n"
           "--rel\r\n"
           "Content-Type: multipart/alternative; boundary=\"alt\"\r\n"
           "\r\n"
           "--alt\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "The St Mawes ferry will run a winter timetable from November. See "
        + base
        + "/plain-link\r\n"
          "--alt\r\n"
          "Content-Type: text/html; charset=utf-8\r\n"
          "Content-Transfer-Encoding: base64\r\n"
          "\r\n"
        + html.toBase64()
        + "\r\n"
          "--alt--\r\n"
          "--rel\r\n"
          "Content-Type: message/external-body; access-type=URL; URL=\""
        + base
        + "/external\"\r\n"
          "\r\n"
          "--rel--\r\n";
}

} // namespace

class TestNoNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openMakesNoRequest_data();
    void openMakesNoRequest();
};

void TestNoNetwork::openMakesNoRequest_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
        {"page.html", "page.htm", "page.xhtml", "page.mhtml", "letter.eml", "page-no-extension"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestNoNetwork::openMakesNoRequest()
{
    QFETCH(QString, name);
    Listener listener;
    QVERIFY2(listener.port() != 0, "cannot listen on 127.0.0.1");
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(listener.port());
    // The listener works: a connection to it is counted (else "no connection" would prove nothing).
    {
        const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(listener.port());
        QVERIFY(::connect(probe, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        ::close(probe);
        QCOMPARE(listener.connections(5000), 1);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name.endsWith(u".eml"_s) || name.endsWith(u".mhtml"_s) ? mail(base) : page(base));
    }
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DRAMATIS_DB"_s, dir.filePath(u"none.sqlite"_s));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(DRAMATIS_CLI), {u"tag"_s, path, u"--format"_s, u"json"_s});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    QVERIFY2(cli.exitCode() == 0 || (cli.exitCode() == 1 && !err.contains(u'\n')),
        qPrintable(u"exit %1: %2"_s.arg(cli.exitCode()).arg(err)));
    qInfo("%s: exit %d%s%s", qPrintable(name), cli.exitCode(), err.isEmpty() ? "" : ", ", qPrintable(err));
    // Anything the CLI started would have connected by the time it exited; a short wait catches stragglers.
    QCOMPARE(listener.connections(200), 0);
}

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
