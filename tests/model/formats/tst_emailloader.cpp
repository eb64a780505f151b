#include "formats/articleloader.h"
#include "formats/emailloader.h"
#include "formats/mimepart.h"

#include <QTest>

using namespace dramatis;
using namespace Qt::StringLiterals;

namespace {

// The messages below are written by hand, in the shapes mail clients save.
const QByteArray kPlain = "Return-Path: <ana@example.org>\r\n"
                          "From: =?UTF-8?Q?Ana_Ru=C3=ADz?= <ana@example.org>\r\n"
                          "To: desk@example.org\r\n"
                          "Subject: Fwd: =?UTF-8?B?UG9ydCBkZWFsIGluIE3DoWxhZ2E=?=\r\n"
                          " =?ISO-8859-1?Q?_signed_today?=\r\n"
                          "Date: Thu, 14 Mar 2024 09:30:00 +0100\r\n"
                          "Message-ID: <1@example.org>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n"
                          "\r\n"
                          "The port authority of M\xC3\xA1laga signed the crane contract with Nordhavn\r\n"
                          "Lifting this morning, after six months of talks that nearly collapsed in\r\n"
                          "January when the unions asked for guarantees on night shifts.\r\n"
                          "\r\n"
                          "Tomasz Wierzba will present the plan on Friday.\r\n"
                          "\r\n"
                          "-- \r\n"
                          "Ana Ruiz, harbour desk\r\n";

const QByteArray kAlternative
    = "From: \"Desk, Harbour\" <desk@example.org>\n"
      "Subject: Crane contract\n"
      "Date: Fri, 15 Mar 2024 10:00:00 +0000\n"
      "MIME-Version: 1.0\n"
      "Content-Type: multipart/alternative; boundary=\"=_alt_42\"\n"
      "\n"
      "This is a multi-part message in MIME format.\n"
      "--=_alt_42\n"
      "Content-Type: text/plain; charset=windows-1252\n"
      "Content-Transfer-Encoding: quoted-printable\n"
      "\n"
      "Jos=E9 Mu=F1oz said =93the cranes are here=94 =96 and the total came to =80=\n"
      "40 million.\n"
      "--=_alt_42\n"
      "Content-Type: text/html; charset=utf-8\n"
      "\n"
      "<p>HTML copy that must not win over the plain text.</p>\n"
      "--=_alt_42--\n"
      "epilogue that is not text\n";

const QByteArray kHtmlOnly = "From: newsletter@example.org\n"
                             "Subject: Morning briefing\n"
                             "Date: Sat, 16 Mar 2024 06:00:00 +0000\n"
                             "MIME-Version: 1.0\n"
                             "Content-Type: multipart/mixed; boundary=b1\n"
                             "\n"
                             "--b1\n"
                             "Content-Type: text/html; charset=utf-8\n"
                             "Content-Transfer-Encoding: base64\n"
                             "\n"
    + QByteArray("<html><head><title>Template title</title><style>p{}</style></head><body>"
                 "<p>Odile Marchetti leads the dockers' union talks.</p><p>Second item.</p></body></html>")
          .toBase64()
    + "\n"
      "--b1\n"
      "Content-Type: application/pdf; name=report.pdf\n"
      "Content-Disposition: attachment; filename=report.pdf\n"
      "Content-Transfer-Encoding: base64\n"
      "\n"
      "JVBERi0xLjQK\n"
      "--b1--\n";

} // namespace

// E-mails: the text a reader sees, with subject, sender and date as metadata.
class TestEmailLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messages_data();
    void messages();
    void broken_data();
    void broken();
    void textless_data();
    void textless();
    void encodedWords_data();
    void encodedWords();
    void quotedPrintable();
};

void TestEmailLoader::messages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain, encoded words, wrapped, signature")
        << kPlain << u"Port deal in Málaga signed today"_s << u"Ana Ruíz"_s << QDate(2024, 3, 14)
        << u"The port authority of Málaga signed the crane contract with Nordhavn Lifting this morning, "
           u"after six "
           "months of talks that nearly collapsed in January when the unions asked for guarantees on night "
           "shifts."
           "\n\nTomasz Wierzba will present the plan on Friday."_s;
    QTest::newRow("alternative: plain wins, quoted-printable windows-1252")
        << kAlternative << u"Crane contract"_s << u"Desk, Harbour"_s << QDate(2024, 3, 15)
        << u"José Muñoz said “the cranes are here” – and the total came to €40 million."_s;
    QTest::newRow("HTML only, base64, attachment skipped")
        << kHtmlOnly << u"Morning briefing"_s << u"newsletter@example.org"_s << QDate(2024, 3, 16)
        << u"Odile Marchetti leads the dockers' union talks.\n\nSecond item."_s;
    QByteArray wrongBoundary = kAlternative;
    wrongBoundary.replace("boundary=\"=_alt_42\"", "boundary=\"not-the-one\"");
    QTest::newRow("declared boundary wrong: the one used is found")
        << wrongBoundary << u"Crane contract"_s << u"Desk, Harbour"_s << QDate(2024, 3, 15)
        << u"José Muñoz said “the cranes are here” – and the total came to €40 million."_s;
    QTest::newRow("cut short inside the second part")
        << kAlternative.left(kAlternative.indexOf("<p>HTML") + 10) << u"Crane contract"_s
        << u"Desk, Harbour"_s << QDate(2024, 3, 15)
        << u"José Muñoz said “the cranes are here” – and the total came to €40 million."_s;
    QTest::newRow("mbox From line, LF, no MIME")
        << QByteArray(
               "From ana@example.org Thu Mar 14 09:30:00 2024\nFrom: Ana <ana@example.org>\nSubject: Short\n"
               "Date: 14 Mar 2024 09:30 +0000\n\nOne line of body.\n")
        << u"Short"_s << u"Ana"_s << QDate(2024, 3, 14) << u"One line of body."_s;
}

void TestEmailLoader::messages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDate, date);
    QFETCH(QString, text);
    // Through ArticleLoader with a name that says nothing: the content is recognised as a message.
    const LoadResult r = ArticleLoader::loadBytes(bytes, u"message"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"email"_s);
    QCOMPARE(r.article.title, title);
    QCOMPARE(r.article.author, author);
    QCOMPARE(r.article.date, date);
    QCOMPARE(r.article.text, text);
}

void TestEmailLoader::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("multipart without any boundary line") << QByteArray(
        "From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=zzz\n\nno parts at all\n")
                                                         << int(LoadError::Malformed)
                                                         << u"MIME boundary is missing or wrong"_s;
    QTest::newRow("only an attachment")
        << QByteArray("From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=q\n\n--q\n"
                      "Content-Type: image/png\nContent-Disposition: attachment\n\nAAAA\n--q--\n")
        << int(LoadError::NoText) << u"no text part"_s;
    QTest::newRow("header only") << QByteArray(
        "From: a@example.org\nSubject: x\nDate: 14 Mar 2024 09:30 +0000\n")
                                 << int(LoadError::NoText) << u"no text part"_s;
}

void TestEmailLoader::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const LoadResult r = EmailLoader().load(bytes, u"bad.eml"_s);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->kind), kind);
    QVERIFY2(r.error->message.startsWith(u"bad.eml: "), qPrintable(r.error->message));
    QVERIFY2(r.error->message.contains(reason), qPrintable(r.error->message));
}

// A message whose body shows only pictures still opens: its header, no text, and a note that says why.
void TestEmailLoader::textless_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray header = "From: Harbour Desk <desk@example.org>\nSubject: Fwd: Crane photos\n"
                              "Date: 14 Mar 2024 09:30 +0000\nMIME-Version: 1.0\n";
    QTest::newRow("the body is an image") << QByteArray(
        header + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n");
    QTest::newRow("related: empty HTML and an inline image") << QByteArray(header
        + "Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html; "
          "charset=utf-8\n\n<html><body><img src=\"cid:crane\"></body></html>\n--r\nContent-Type: "
          "image/jpeg\nContent-ID: <crane>\nContent-Transfer-Encoding: base64\n\n/9j/4AAQ\n--r--\n");
    QTest::newRow("an empty HTML part")
        << QByteArray(header + "Content-Type: text/html; charset=utf-8\n\n<html><body> </body></html>\n");
}

void TestEmailLoader::textless()
{
    QFETCH(QByteArray, bytes);
    const LoadResult r = ArticleLoader::loadBytes(bytes, u"photos.eml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
    QCOMPARE(r.article.format, u"email"_s);
    QCOMPARE(r.article.title, u"Crane photos"_s);
    QCOMPARE(r.article.author, u"Harbour Desk"_s);
    QCOMPARE(r.article.date, QDate(2024, 3, 14));
    QVERIFY(r.article.text.isEmpty());
    QVERIFY2(r.note.contains(u"no text"), qPrintable(r.note));
}

void TestEmailLoader::encodedWords_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QByteArray("Plain subject") << u"Plain subject"_s;
    QTest::newRow("Q with underscores") << QByteArray("=?utf-8?q?caf=C3=A9_au_lait?=") << u"café au lait"_s;
    QTest::newRow("two words joined")
        << QByteArray("=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?B?IFdlacOf?=") << u"Jürgen Weiß"_s;
    QTest::newRow("mixed with text") << QByteArray("Re: =?iso-8859-2?q?=A3=F3d=BC?= news")
                                     << u"Re: Łódź news"_s;
    QTest::newRow("language tag") << QByteArray("=?UTF-8*en?Q?hello?=") << u"hello"_s;
    QTest::newRow("unknown charset falls back") << QByteArray("=?x-nonsense?Q?abc?=") << u"abc"_s;
}

void TestEmailLoader::encodedWords()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, text);
    QCOMPARE(MimePart::decodeEncodedWords(header), text);
}

void TestEmailLoader::quotedPrintable()
{
    QCOMPARE(MimePart::decodeQuotedPrintable("a=3Db=\r\nc =\nd=ZZ=4"), QByteArray("a=bc d=ZZ=4"));
}

QTEST_GUILESS_MAIN(TestEmailLoader)
#include "tst_emailloader.moc"
