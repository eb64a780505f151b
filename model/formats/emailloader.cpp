#include "formats/emailloader.h"

#include "formats/htmlloader.h"
#include "formats/mimepart.h"

#include <QRegularExpression>

namespace dramatis {

namespace {

// The parts a reader would show, depth first: plain text wins over HTML (it is what the sender wrote;
// the HTML part of an alternative is usually generated from it).
void findBodies(const MimePart &part, const MimePart *&plain, const MimePart *&html)
{
    if (part.isAttachment())
        return;
    if (!part.parts.isEmpty()) {
        for (const MimePart &child : part.parts)
            findBodies(child, plain, html);
        return;
    }
    const QByteArray type = part.mimeType();
    if (type == "text/plain" && !plain && !part.body.trimmed().isEmpty())
        plain = &part;
    else if (type == "text/html" && !html)
        html = &part;
}

// "Jane Doe <jane@example.org>" → "Jane Doe"; a bare address stays an address.
QString senderName(const QString &from)
{
    static const QRegularExpression named(QStringLiteral(R"re(^\s*"?([^"<]*?)"?\s*<[^>]*>)re"));
    if (const auto m = named.match(from); m.hasMatch() && !m.captured(1).trimmed().isEmpty())
        return m.captured(1).trimmed();
    static const QRegularExpression commented(QStringLiteral(R"(^\s*(\S+@\S+)\s*\(([^)]+)\))"));
    if (const auto m = commented.match(from); m.hasMatch())
        return m.captured(2).trimmed();
    QString s = from;
    s.remove(u'<').remove(u'>');
    return s.trimmed();
}

QString withoutSignature(QString text)
{
    // The signature separator is "-- " on a line of its own (RFC 3676); mail clients trim it to "--".
    static const QRegularExpression separator(QStringLiteral(R"(\n-- ?\n)"));
    const auto m = separator.match(text);
    if (m.hasMatch() && text.size() - m.capturedStart() < 1500)
        text.truncate(m.capturedStart());
    return text;
}

} // namespace

bool EmailLoader::recognises(QByteArrayView head) const
{
    return MimePart::looksLikeMessage(head);
}

LoadResult EmailLoader::load(const QByteArray &bytes, const QString &name) const
{
    const MimePart root = MimePart::parse(bytes);
    const MimePart *plain = nullptr;
    const MimePart *html = nullptr;
    findBodies(root, plain, html);

    Article a;
    if (plain) {
        a.text = unwrapParagraphs(withoutSignature(normalizeText(plain->decodedText())));
        a.encoding = QString::fromLatin1(plain->parameter("content-type", "charset"));
    } else if (html) {
        LoadResult r = HtmlLoader::read(html->body, name,
            QString::fromLatin1(html->parameter("content-type", "charset")), HtmlLoader::Content::WholeBody);
        if (!r.ok())
            return r;
        a = std::move(r.article);
        a.title.clear(); // the subject names the message; an HTML <title> is usually the template's
        a.author.clear();
    } else if (root.boundaryMissing) {
        return failure(LoadError::Malformed,
            tr("%1: the e-mail's parts cannot be found (its MIME boundary is missing or wrong)").arg(name));
    } else {
        return failure(
            LoadError::NoText, tr("%1: the e-mail has no text part (only attachments?)").arg(name));
    }
    a.format = format();
    a.title = root.text("subject");
    static const QRegularExpression forward(QStringLiteral(R"(^(?:(?:fwd?|fw|tr|wg|re|aw|sv)\s*:\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    a.title.remove(forward);
    a.author = senderName(root.text("from"));
    a.date = parseDate(QString::fromLatin1(root.header("date")));
    return finish(std::move(a), name);
}

} // namespace dramatis
