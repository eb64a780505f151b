#include "formats/emailloader.h"

#include "formats/htmlloader.h"
#include "formats/mimepart.h"

#include <QRegularExpression>

namespace dramatis {

namespace {

// The parts a reader would show, depth first: plain text wins over HTML (it is what the sender wrote;
// the HTML part of an alternative is usually generated from it). A picture in the body (not attached)
// is shown too, though it has no text.
struct Bodies
{
    const MimePart *plain = nullptr;
    const MimePart *html = nullptr;
    const MimePart *image = nullptr;
};

void findBodies(const MimePart &part, Bodies &found)
{
    if (part.isAttachment())
        return;
    if (!part.parts.isEmpty()) {
        for (const MimePart &child : part.parts)
            findBodies(child, found);
        return;
    }
    const QByteArray type = part.mimeType();
    if (type == "text/plain" && !found.plain && !part.body.trimmed().isEmpty())
        found.plain = &part;
    else if (type == "text/html" && !found.html)
        found.html = &part;
    else if (type.startsWith("image/") && !found.image)
        found.image = &part;
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
    Bodies bodies;
    findBodies(root, bodies);

    Article a;
    bool textless = false; // a body that is a picture, or HTML that shows nothing but pictures
    if (bodies.plain) {
        a.text = unwrapParagraphs(withoutSignature(normalizeText(bodies.plain->decodedText())));
        a.encoding = QString::fromLatin1(bodies.plain->parameter("content-type", "charset"));
    } else if (bodies.html) {
        LoadResult r = HtmlLoader::read(bodies.html->body, name,
            QString::fromLatin1(bodies.html->parameter("content-type", "charset")),
            HtmlLoader::Content::WholeBody);
        if (!r.ok())
            return r;
        a = std::move(r.article);
        a.title.clear(); // the subject names the message; an HTML <title> is usually the template's
        a.author.clear();
        textless = normalizeText(a.text).isEmpty();
    } else if (bodies.image) {
        textless = true;
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
    if (!textless)
        return finish(std::move(a), name);
    // The message opens with its header and no text; the note says why the text is empty.
    a.text.clear();
    LoadResult r = finish(std::move(a), name, Header::Known, EmptyText::Allowed);
    if (r.ok())
        r.note = tr("%1: the message has no text, only pictures").arg(name);
    return r;
}

} // namespace dramatis
