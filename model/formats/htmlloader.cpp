#include "formats/htmlloader.h"

#include "formats/charsetdecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <memory>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

// libxml2 initialises its globals once, before any thread parses.
void initLibxml()
{
    static const bool done = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(done);
}

QString name(const xmlNode *n)
{
    return n->name ? QString::fromUtf8(reinterpret_cast<const char *>(n->name)) : QString();
}

bool is(const xmlNode *n, const char *tag)
{
    return n->type == XML_ELEMENT_NODE && n->name && xmlStrcasecmp(n->name, BAD_CAST tag) == 0;
}

QString attr(const xmlNode *n, const char *key)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && xmlStrcasecmp(a->name, BAD_CAST key) == 0) {
            QString value;
            for (const xmlNode *c = a->children; c; c = c->next) {
                if (c->content)
                    value += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
            }
            return value;
        }
    }
    return {};
}

// The next node in document order, staying inside `root`; `skipChildren` steps over a subtree.
const xmlNode *nextNode(const xmlNode *n, const xmlNode *root, bool skipChildren = false)
{
    if (!skipChildren && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return nullptr;
}

// Elements that are never article text.
bool isNeverContent(const xmlNode *n)
{
    static const QSet<QString> tags {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"nav"_s,
        u"footer"_s, u"aside"_s, u"form"_s, u"iframe"_s, u"svg"_s, u"math"_s, u"button"_s, u"select"_s,
        u"textarea"_s, u"input"_s, u"object"_s, u"embed"_s, u"canvas"_s, u"video"_s, u"audio"_s, u"dialog"_s,
        u"menu"_s, u"head"_s, u"title"_s, u"link"_s, u"meta"_s, u"figure"_s, u"picture"_s, u"map"_s};
    return tags.contains(name(n).toLower());
}

// Page furniture, by the words of its class, id and role: ads, sharing, comments, navigation.
bool isFurniture(const xmlNode *n)
{
    if (is(n, "html") || is(n, "body") || is(n, "article") || is(n, "main"))
        return false;
    if (is(n, "header"))
        return true;
    static const QSet<QString> roles {u"navigation"_s, u"banner"_s, u"contentinfo"_s, u"complementary"_s,
        u"dialog"_s, u"search"_s, u"menu"_s, u"alert"_s};
    if (roles.contains(attr(n, "role").toLower()))
        return true;
    if (!attr(n, "hidden").isNull() && n->properties) {
        for (const xmlAttr *a = n->properties; a; a = a->next)
            if (xmlStrcasecmp(a->name, BAD_CAST "hidden") == 0)
                return true;
    }
    if (attr(n, "aria-hidden").compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression hiddenStyle(
        QStringLiteral(R"(display\s*:\s*none|visibility\s*:\s*hidden)"),
        QRegularExpression::CaseInsensitiveOption);
    if (hiddenStyle.match(attr(n, "style")).hasMatch())
        return true;
    static const QSet<QString> words {u"comment"_s, u"comments"_s, u"disqus"_s, u"sidebar"_s, u"related"_s,
        u"recommended"_s, u"promo"_s, u"advert"_s, u"advertisement"_s, u"ad"_s, u"ads"_s, u"sponsor"_s,
        u"sponsored"_s, u"share"_s, u"sharing"_s, u"social"_s, u"newsletter"_s, u"subscribe"_s,
        u"subscription"_s, u"signup"_s, u"cookie"_s, u"cookies"_s, u"consent"_s, u"breadcrumb"_s,
        u"breadcrumbs"_s, u"menu"_s, u"nav"_s, u"navbar"_s, u"navigation"_s, u"footer"_s, u"masthead"_s,
        u"popup"_s, u"modal"_s, u"outbrain"_s, u"taboola"_s, u"widget"_s, u"paywall"_s, u"byline"_s,
        u"tags"_s, u"caption"_s, u"credit"_s, u"skip"_s};
    static const QRegularExpression separators(QStringLiteral(R"([\s_\-]+)"));
    const QString classes = attr(n, "class") + u' ' + attr(n, "id");
    for (const QString &word : classes.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (words.contains(word))
            return true;
    }
    return false;
}

bool isBlock(const xmlNode *n)
{
    static const QSet<QString> tags {u"p"_s, u"div"_s, u"section"_s, u"article"_s, u"main"_s, u"h1"_s,
        u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"ul"_s, u"ol"_s, u"li"_s, u"dl"_s, u"dt"_s, u"dd"_s,
        u"blockquote"_s, u"pre"_s, u"table"_s, u"tr"_s, u"hr"_s, u"header"_s, u"address"_s, u"figcaption"_s,
        u"body"_s, u"center"_s, u"details"_s, u"summary"_s, u"tbody"_s, u"thead"_s, u"tfoot"_s, u"caption"_s};
    return n->type == XML_ELEMENT_NODE && tags.contains(name(n).toLower());
}

// Text of a subtree as one line, whitespace collapsed (for headings, bylines, scoring).
QString plainText(const xmlNode *root, qsizetype *linkChars = nullptr)
{
    QString s;
    for (const xmlNode *n = root; n;
         n = nextNode(n, root, n != root && n->type == XML_ELEMENT_NODE && isNeverContent(n))) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const QString t = QString::fromUtf8(reinterpret_cast<const char *>(n->content));
            s += t;
            if (linkChars) {
                for (const xmlNode *p = n->parent; p && p != root->parent; p = p->parent) {
                    if (is(p, "a")) {
                        *linkChars += t.simplified().size();
                        break;
                    }
                }
            }
        }
    }
    return s.simplified();
}

// Collects the readable text of a subtree: a paragraph per block, a line per <br> and list item.
class TextCollector
{
public:
    void collect(const xmlNode *root, bool dropFurniture)
    {
        auto enter = [&](const xmlNode *n) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(n->content)));
                return false;
            }
            if (n->type != XML_ELEMENT_NODE || isNeverContent(n)
                || (dropFurniture && n != root && isFurniture(n)))
                return false;
            if (is(n, "br")) {
                lineBreak();
            } else if (is(n, "pre")) {
                paragraphBreak();
                const std::unique_ptr<xmlChar, XmlFree> content(xmlNodeGetContent(n));
                m_current += QString::fromUtf8(reinterpret_cast<const char *>(content.get()));
                paragraphBreak();
                return false;
            } else if (is(n, "li") || is(n, "tr") || is(n, "dt") || is(n, "dd")) {
                lineBreak();
            } else if (is(n, "td") || is(n, "th")) {
                if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
                    m_current += u'\t';
                m_space = false;
            } else if (isBlock(n)) {
                paragraphBreak();
            }
            return true;
        };
        auto leave = [&](const xmlNode *n) {
            if (isBlock(n) && !is(n, "li") && !is(n, "tr") && !is(n, "dt") && !is(n, "dd"))
                paragraphBreak();
        };
        // Iterative: a page nested thousands deep must not exhaust the stack.
        const xmlNode *n = root;
        while (n) {
            if (enter(n) && n->children) {
                n = n->children;
                continue;
            }
            while (n) {
                if (n != root || n->children)
                    leave(n);
                if (n == root) {
                    n = nullptr;
                } else if (n->next) {
                    n = n->next;
                    break;
                } else {
                    n = n->parent;
                }
            }
        }
        paragraphBreak();
    }

    QString text() const { return m_paragraphs.join(QStringLiteral("\n\n")); }

private:
    struct XmlFree
    {
        void operator()(xmlChar *p) const { xmlFree(p); }
    };

    void appendText(const QString &t)
    {
        for (const QChar c : t) {
            if (c.isSpace()) {
                m_space = true;
                continue;
            }
            if (m_space && !m_current.isEmpty() && !m_current.endsWith(u'\n') && !m_current.endsWith(u'\t'))
                m_current += u' ';
            m_space = false;
            m_current += c;
        }
    }
    void lineBreak()
    {
        if (!m_current.isEmpty() && !m_current.endsWith(u'\n'))
            m_current += u'\n';
        m_space = false;
    }
    void paragraphBreak()
    {
        const QString p = m_current.trimmed();
        if (!p.isEmpty())
            m_paragraphs.append(p);
        m_current.clear();
        m_space = false;
    }

    QStringList m_paragraphs;
    QString m_current;
    bool m_space = false;
};

// The metadata a page declares about itself.
struct PageMeta
{
    QString title;
    QString author;
    QString source;
    QDate date;
};

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"name").toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &x : v.toArray()) {
            const QString n = jsonName(x);
            if (!n.isEmpty())
                names << n;
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QSet<QString> types {u"NewsArticle"_s, u"Article"_s, u"ReportageNewsArticle"_s,
        u"AnalysisNewsArticle"_s, u"OpinionNewsArticle"_s, u"BlogPosting"_s, u"ReviewNewsArticle"_s,
        u"BackgroundNewsArticle"_s, u"Report"_s};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (types.contains(t.toString()))
                return true;
        return false;
    }
    return types.contains(type.toString());
}

// JSON-LD: the first article object, at the top, in an array or in an @graph.
void readJsonLd(const QString &json, PageMeta &meta)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QList<QJsonValue> pending;
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            pending << v;
    } else if (doc.isObject()) {
        pending << doc.object();
    }
    for (qsizetype i = 0; i < pending.size() && i < 256; ++i) {
        const QJsonObject o = pending[i].toObject();
        if (o.contains(u"@graph")) {
            for (const QJsonValue &v : o.value(u"@graph").toArray())
                pending << v;
        }
        if (!isArticleType(o.value(u"@type")))
            continue;
        if (meta.title.isEmpty())
            meta.title = o.value(u"headline").toString();
        if (meta.author.isEmpty())
            meta.author = jsonName(o.value(u"author"));
        if (meta.source.isEmpty())
            meta.source = jsonName(o.value(u"publisher"));
        if (!meta.date.isValid())
            meta.date = FormatLoader::parseDate(o.value(u"datePublished").toString());
        return;
    }
}

PageMeta readPageMeta(const xmlNode *root)
{
    PageMeta meta;
    QHash<QString, QString> tags; // first value of each meta property/name
    QString titleElement;
    QString firstH1;
    QString timeElement;
    for (const xmlNode *n = root; n; n = nextNode(n, root)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "meta")) {
            QString key = attr(n, "property");
            if (key.isEmpty())
                key = attr(n, "name");
            if (key.isEmpty())
                key = attr(n, "itemprop");
            const QString content = attr(n, "content").trimmed();
            if (!key.isEmpty() && !content.isEmpty() && !tags.contains(key.toLower()))
                tags.insert(key.toLower(), content);
        } else if (is(n, "script")
            && attr(n, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0) {
            QString json;
            for (const xmlNode *c = n->children; c; c = c->next)
                if (c->content)
                    json += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
            readJsonLd(json, meta);
        } else if (is(n, "title") && titleElement.isEmpty()) {
            titleElement = plainText(n);
        } else if (is(n, "h1") && firstH1.isEmpty()) {
            firstH1 = plainText(n);
        } else if (is(n, "time") && timeElement.isEmpty()) {
            timeElement = attr(n, "datetime");
        }
    }
    auto first = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *k : keys) {
            const QString v = tags.value(QString::fromUtf16(k));
            if (!v.isEmpty())
                return v;
        }
        return QString();
    };
    auto notUrl = [](const QString &s) {
        return s.startsWith(u"http://") || s.startsWith(u"https://") ? QString() : s;
    };
    // The page's own tags first, JSON-LD after (it often names a syndicating site's template).
    if (const QString t = first({u"og:title", u"twitter:title", u"dc.title", u"headline"}); !t.isEmpty())
        meta.title = t;
    if (meta.title.isEmpty())
        meta.title = firstH1;
    if (meta.title.isEmpty()) {
        // "Headline | Outlet" or "Headline - Outlet": the outlet goes.
        static const QRegularExpression suffix(QStringLiteral(R"(\s+[|–—-]\s+[^|–—-]{1,40}$)"));
        meta.title = titleElement;
        meta.title.remove(suffix);
    }
    if (const QString a
        = notUrl(first({u"author", u"article:author", u"dc.creator", u"byl", u"sailthru.author"}));
        !a.isEmpty())
        meta.author = a;
    static const QRegularExpression by(
        QStringLiteral(R"(^by\s+)"), QRegularExpression::CaseInsensitiveOption);
    meta.author.remove(by);
    if (const QString s = first({u"og:site_name", u"application-name", u"dc.publisher"}); !s.isEmpty())
        meta.source = s;
    const QDate tagged
        = FormatLoader::parseDate(first({u"article:published_time", u"og:published_time", u"datepublished",
            u"date", u"dc.date", u"dc.date.issued", u"pubdate", u"parsely-pub-date", u"sailthru.date"}));
    if (tagged.isValid())
        meta.date = tagged;
    if (!meta.date.isValid())
        meta.date = FormatLoader::parseDate(timeElement);
    return meta;
}

// Readability's idea: paragraphs vote for the blocks that hold them; the block with the most paragraph
// text, discounted by the share of it that is links, is the article.
const xmlNode *mainContent(const xmlNode *body)
{
    QHash<const xmlNode *, double> scores;
    for (const xmlNode *n = body; n;
         n = nextNode(
             n, body, n != body && n->type == XML_ELEMENT_NODE && (isNeverContent(n) || isFurniture(n)))) {
        if (!(is(n, "p") || is(n, "pre") || is(n, "td") || is(n, "blockquote")))
            continue;
        const QString text = plainText(n);
        if (text.size() < 25)
            continue;
        const double score = 1.0 + text.count(u',') + qMin(text.size() / 100.0, 3.0);
        double share = 1.0;
        int level = 0;
        for (const xmlNode *p = n->parent; p && level < 3; p = p->parent, ++level) {
            scores[p] += score * share;
            share = level == 0 ? 0.5 : share / 1.5;
            if (p == body)
                break;
        }
    }
    static const QRegularExpression good(
        QStringLiteral(R"(\b(?:article|story|content|entry|post|body|text|main)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const xmlNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const xmlNode *n = it.key();
        double score = it.value();
        if (is(n, "article") || attr(n, "itemprop").contains(u"articleBody"))
            score *= 1.5;
        else if (good.match(attr(n, "class") + u' ' + attr(n, "id")).hasMatch())
            score *= 1.25;
        qsizetype links = 0;
        const qsizetype chars = plainText(n, &links).size();
        if (chars > 0)
            score *= 1.0 - double(links) / double(chars);
        if (score > bestScore) {
            bestScore = score;
            best = n;
        }
    }
    // A single short block is no article: better the whole body than a caption.
    return best ? best : body;
}

struct DocFree
{
    void operator()(xmlDoc *d) const { xmlFreeDoc(d); }
};
struct CtxtFree
{
    void operator()(htmlParserCtxt *c) const { htmlFreeParserCtxt(c); }
};

// The HTML5 prescan, simplified: a <meta charset> or http-equiv content type in the first bytes.
QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

CharsetDecoder::Result decodeHtml(const QByteArray &bytes, QString charset)
{
    const bool bom
        = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (charset.isEmpty())
        charset = declaredCharset(bytes);
    const QString lower = charset.toLower();
    // As browsers do: Latin-1 and ASCII labels mean windows-1252; UTF-8 that is not UTF-8 is detected.
    if (bom || lower.isEmpty() || lower == u"utf-8" || lower == u"utf8" || lower.startsWith(u"utf-16"))
        return CharsetDecoder::decode(bytes);
    if (lower == u"iso-8859-1" || lower == u"latin1" || lower == u"us-ascii" || lower == u"ascii")
        charset = QStringLiteral("windows-1252");
    CharsetDecoder::Result r = CharsetDecoder::decodeWith(bytes, charset);
    return r.ok ? r : CharsetDecoder::decode(bytes);
}

} // namespace

bool HtmlLoader::looksLikeHtml(QByteArrayView head)
{
    static const QRegularExpression html(
        QStringLiteral(
            R"(^(?:\xEF\xBB\xBF)?\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+)?html))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return html.match(QString::fromLatin1(head.first(qMin<qsizetype>(head.size(), 1024)))).hasMatch();
}

bool HtmlLoader::recognises(QByteArrayView head) const
{
    return looksLikeHtml(head);
}

LoadResult HtmlLoader::load(const QByteArray &bytes, const QString &name) const
{
    LoadResult r = read(bytes, name, {}, Content::MainArticle);
    return r.ok() ? finish(std::move(r.article), name) : r;
}

LoadResult HtmlLoader::read(
    const QByteArray &bytes, const QString &fileName, const QString &charset, Content content)
{
    initLibxml();
    const CharsetDecoder::Result decoded = decodeHtml(bytes, charset);
    if (!decoded.ok)
        return failure(LoadError::Malformed,
            tr("%1: the page's text cannot be decoded (%2)").arg(fileName, decoded.encoding));
    if (looksBinary(decoded.text))
        return failure(LoadError::Binary, tr("%1: looks like binary data, not a web page").arg(fileName));
    const QByteArray utf8 = decoded.text.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max() / 2)
        return failure(LoadError::TooLarge, tr("%1: the page is too large to read").arg(fileName));

    std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlNewParserCtxt());
    if (!ctxt)
        return failure(LoadError::Unreadable, tr("%1: out of memory reading the page").arg(fileName));
    // NONET and no XInclude: nothing is fetched. IGNORE_ENC: the text is UTF-8 already, whatever the
    // page's <meta charset> says.
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC
        | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFree> doc(
        htmlCtxtReadMemory(ctxt.get(), utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    const xmlError *error = xmlCtxtGetLastError(ctxt.get());
    if (error && error->message && qstrncmp(error->message, "Excessive depth", 15) == 0)
        return failure(LoadError::Malformed,
            tr("%1: the page is nested too deeply (more than 256 levels) to be an article").arg(fileName));
    const xmlNode *root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root)
        return failure(LoadError::Malformed, tr("%1: no HTML document could be read").arg(fileName));

    const PageMeta meta = readPageMeta(root);
    const xmlNode *body = root;
    for (const xmlNode *n = root->children; n; n = n->next)
        if (is(n, "body"))
            body = n;

    TextCollector collector;
    if (content == Content::MainArticle)
        collector.collect(mainContent(body), true);
    else
        collector.collect(body, false);

    LoadResult r;
    Article &a = r.article;
    a.text = collector.text();
    a.title = meta.title;
    a.author = meta.author;
    a.source = meta.source;
    a.date = meta.date;
    a.format = QStringLiteral("html");
    a.encoding = decoded.encoding;
    a.filePath = fileName;
    return r;
}

} // namespace dramatis
