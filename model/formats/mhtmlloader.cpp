#include "formats/mhtmlloader.h"

#include "formats/htmlloader.h"
#include "formats/mimepart.h"

#include <QRegularExpression>

#include <algorithm>

namespace dramatis {

bool MhtmlLoader::recognises(QByteArrayView head) const
{
    static const QRegularExpression related(
        QStringLiteral(R"(^content-type:\s*multipart/related\b[^\n]*(?:\n[ \t][^\n]*)*type="?text/html)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), HeadSize)));
    return MimePart::looksLikeMessage(head)
        && (text.contains(u"Snapshot-Content-Location:", Qt::CaseInsensitive)
            || related.match(text).hasMatch());
}

namespace {

// "<frame-1@mhtml.blink>", "cid:frame-1@mhtml.blink" and "frame-1@mhtml.blink" name the same part.
QByteArray contentId(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith("cid:") || id.startsWith("CID:"))
        id = id.mid(4);
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    return id.trimmed().toLower();
}

// The parts an HTML part shows in frames (<iframe src="cid:…">, or a URL that is another part's location).
QList<const MimePart *> framesOf(const MimePart &page, const QList<const MimePart *> &html)
{
    static const QRegularExpression frame(
        QStringLiteral(R"re(<i?frame\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    QList<const MimePart *> frames;
    for (auto it = frame.globalMatch(QString::fromLatin1(page.body)); it.hasNext();) {
        const QByteArray src = it.next().captured(1).toLatin1();
        for (const MimePart *p : html) {
            const bool named = src.startsWith("cid:") ? contentId(p->header("content-id")) == contentId(src)
                                                      : p->header("content-location").trimmed() == src;
            if (named && p != &page && !frames.contains(p))
                frames << p;
        }
    }
    return frames;
}

// Fewer characters than this in the page itself, and its prose is in a frame (an article shown in a reader
// or an embed): then the frame with the most text is the article.
constexpr qsizetype ShortPage = 280;

} // namespace

LoadResult MhtmlLoader::load(const QByteArray &bytes, const QString &name) const
{
    const MimePart root = MimePart::parse(bytes);
    QList<const MimePart *> html;
    QList<const MimePart *> pending {&root};
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const MimePart *p = pending[i];
        for (const MimePart &child : p->parts)
            pending << &child;
        if (p->parts.isEmpty() && p->mimeType() == "text/html")
            html << p;
    }
    if (html.isEmpty()) {
        return failure(LoadError::Malformed,
            tr("%1: the saved page holds no HTML part (the file may be cut short or not a saved page)")
                .arg(name));
    }
    // The page: the part the root names (`start`), else the one at the address the page was saved from,
    // else the first HTML part that no other part shows in a frame (frames are ads, embeds, comments).
    const MimePart *page = nullptr;
    if (const QByteArray start = contentId(root.parameter("content-type", "start")); !start.isEmpty()) {
        const auto it = std::find_if(html.cbegin(), html.cend(),
            [&](const MimePart *p) { return contentId(p->header("content-id")) == start; });
        page = it == html.cend() ? nullptr : *it;
    }
    if (const QByteArray location = root.header("snapshot-content-location").trimmed();
        !page && !location.isEmpty()) {
        const auto it = std::find_if(html.cbegin(), html.cend(),
            [&](const MimePart *p) { return p->header("content-location").trimmed() == location; });
        page = it == html.cend() ? nullptr : *it;
    }
    if (!page) {
        QList<const MimePart *> framed;
        for (const MimePart *p : std::as_const(html))
            framed << framesOf(*p, html);
        const auto it = std::find_if(
            html.cbegin(), html.cend(), [&](const MimePart *p) { return !framed.contains(p); });
        page = it == html.cend() ? html.front() : *it;
    }
    const auto read = [&name](const MimePart *part) {
        return HtmlLoader::read(part->body, name,
            QString::fromLatin1(part->parameter("content-type", "charset")),
            HtmlLoader::Content::MainArticle);
    };
    LoadResult r = read(page);
    if (!r.ok())
        return r;
    // A page that only frames its article: the text comes from the frame, the headline and byline from the
    // page when the frame has none.
    if (r.article.text.size() < ShortPage) {
        const Article outer = r.article;
        for (const MimePart *frame : framesOf(*page, html)) {
            LoadResult inner = read(frame);
            if (!inner.ok() || inner.article.text.size() <= r.article.text.size())
                continue;
            for (auto field : {&Article::title, &Article::author, &Article::source}) {
                if ((inner.article.*field).isEmpty())
                    inner.article.*field = outer.*field;
            }
            if (!inner.article.date.isValid())
                inner.article.date = outer.date;
            r = std::move(inner);
        }
    }
    if (r.article.title.isEmpty())
        r.article.title = root.text("subject");
    return finish(std::move(r.article), name);
}

} // namespace dramatis
