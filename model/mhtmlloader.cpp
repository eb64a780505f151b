#include "mhtmlloader.h"

#include "htmlloader.h"
#include "mimepart.h"

#include <QRegularExpression>

namespace dramatis {

FormatLoader::Match MhtmlLoader::match(QByteArrayView head, const QString &suffix) const
{
    static const QRegularExpression related(
        QStringLiteral(R"(^content-type:\s*multipart/related\b[^\n]*(?:\n[ \t][^\n]*)*type="?text/html)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), HeadSize)));
    if (MimePart::looksLikeMessage(head)
        && (text.contains(u"Snapshot-Content-Location:", Qt::CaseInsensitive)
            || related.match(text).hasMatch()))
        return Match::ByContent;
    return suffix == u"mhtml" || suffix == u"mht" ? Match::ByName : Match::No;
}

LoadResult MhtmlLoader::load(const QByteArray &bytes, const QString &name) const
{
    const MimePart root = MimePart::parse(bytes);
    // The page is the part the root names (`start`), else the first HTML part.
    const QByteArray start = root.parameter("content-type", "start");
    const MimePart *page = nullptr;
    QList<const MimePart *> pending {&root};
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const MimePart *p = pending[i];
        for (const MimePart &child : p->parts)
            pending << &child;
        if (p->parts.isEmpty() && p->mimeType() == "text/html") {
            if (!start.isEmpty() && p->header("content-id") == start)
                page = p;
            else if (!page)
                page = p;
        }
    }
    if (!page) {
        return failure(LoadError::Malformed,
            tr("%1: the saved page holds no HTML part (the file may be cut short or not a saved page)")
                .arg(name));
    }
    LoadResult r = HtmlLoader::read(page->body, name,
        QString::fromLatin1(page->parameter("content-type", "charset")), HtmlLoader::Content::MainArticle);
    if (!r.ok())
        return r;
    if (r.article.title.isEmpty())
        r.article.title = root.text("subject");
    return finish(std::move(r.article), name);
}

} // namespace dramatis
