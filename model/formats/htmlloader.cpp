#include "formats/htmlloader.h"

#include "formats/charsetdecoder.h"
#include "formats/metadataextractor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_set>

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

// An attribute's value, its entities resolved.
QString attrValue(const xmlAttr *a)
{
    QString value;
    for (const xmlNode *c = a->children; c; c = c->next) {
        if (c->content)
            value += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
    }
    return value;
}

QString attr(const xmlNode *n, const char *key)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && xmlStrcasecmp(a->name, BAD_CAST key) == 0)
            return attrValue(a);
    }
    return {};
}

// Whether the element's tag, case aside, is one of `tags` (lower-case ASCII). Asked of every node of a
// page, several times over: it lower-cases into a buffer on the stack, where a QString would be allocated.
bool tagIn(const xmlNode *n, const std::unordered_set<std::string_view> &tags)
{
    if (n->type != XML_ELEMENT_NODE || !n->name)
        return false;
    char lower[16];
    const auto *tag = reinterpret_cast<const char *>(n->name);
    std::size_t size = 0;
    for (; tag[size]; ++size) {
        if (size == sizeof lower)
            return false; // longer than any tag asked about
        const char c = tag[size];
        lower[size] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    return tags.contains(std::string_view(lower, size));
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
    static const std::unordered_set<std::string_view> tags {"script", "style", "noscript", "template", "nav",
        "footer", "aside", "form", "iframe", "svg", "math", "button", "select", "textarea", "input", "object",
        "embed", "canvas", "video", "audio", "dialog", "menu", "head", "title", "link", "meta", "figure",
        "picture", "map"};
    return tagIn(n, tags);
}

// Whether an element is page furniture: never (`No`), whatever its class and id say (`Always`: by its tag,
// role or hidden attributes), or by the words of its class and id (`ByName`: ads, comments, navigation).
// A word of content ("article-comments", "main-sidebar") keeps the element: pages name their layout
// wrappers after what sits beside the article.
enum class Furniture { No, Always, ByName };

Furniture furniture(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || is(n, "html") || is(n, "body") || is(n, "article") || is(n, "main"))
        return Furniture::No;
    if (is(n, "header"))
        return Furniture::Always;
    // The attributes in one walk (the first of each name): asked of every element of a page.
    const xmlAttr *role = nullptr, *hidden = nullptr, *ariaHidden = nullptr, *style = nullptr,
                  *className = nullptr, *id = nullptr;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (!a->name)
            continue;
        for (auto [key, found] : {std::pair {"role", &role}, {"hidden", &hidden},
                 {"aria-hidden", &ariaHidden}, {"style", &style}, {"class", &className}, {"id", &id}}) {
            if (!*found && xmlStrcasecmp(a->name, BAD_CAST key) == 0) {
                *found = a;
                break;
            }
        }
    }
    auto value = [](const xmlAttr *a) { return a ? attrValue(a) : QString(); };
    // "hidden" counts with a value ("hidden", ""); libxml2 gives a bare one none.
    if (!value(hidden).isNull())
        return Furniture::Always;
    static const QSet<QString> roles {u"navigation"_s, u"banner"_s, u"contentinfo"_s, u"complementary"_s,
        u"dialog"_s, u"search"_s, u"menu"_s, u"alert"_s};
    if (roles.contains(value(role).toLower()))
        return Furniture::Always;
    if (value(ariaHidden).compare(u"true", Qt::CaseInsensitive) == 0)
        return Furniture::Always;
    static const QRegularExpression hiddenStyle(
        QStringLiteral(R"(display\s*:\s*none|visibility\s*:\s*hidden)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QString css = value(style); !css.isEmpty() && hiddenStyle.match(css).hasMatch())
        return Furniture::Always;
    // Sharing bars, widgets and tag lists are not here: pages put those words on the article's own
    // wrappers too ("share-container-parent"), so they only weigh against a block (classWeight) and
    // go when they are mostly links. Whole class names ("cover-wrap", "yom-remote") are matched too:
    // Readability's list of unlikely candidates names them.
    static const std::unordered_set<std::u16string_view> words {u"comment", u"comments", u"disqus",
        u"sidebar", u"related", u"recommended", u"promo", u"advert", u"advertisement", u"ad", u"ads",
        u"sponsor", u"sponsored", u"social", u"newsletter", u"subscribe", u"subscription", u"signup",
        u"cookie", u"cookies", u"consent", u"breadcrumb", u"breadcrumbs", u"menu", u"nav", u"navbar",
        u"navigation", u"footer", u"masthead", u"popup", u"modal", u"outbrain", u"taboola", u"paywall",
        u"byline", u"caption", u"credit", u"skip", u"banner", u"community", u"pagination", u"pager",
        u"replies", u"remark", u"shoutbox", u"skyscraper", u"supplemental", u"gdpr", u"legends", u"agegate",
        u"cover-wrap", u"ad-break", u"yom-remote"};
    const QString classes = (value(className) + u' ' + value(id)).toLower();
    // Most elements have neither.
    if (classes.size() == 1)
        return Furniture::No;
    for (const char16_t *content : {u"article", u"body", u"column", u"content", u"main", u"story"}) {
        if (classes.contains(QStringView(content)))
            return Furniture::No;
    }
    // The words between spaces, underscores and hyphens; then between spaces alone ("cover-wrap").
    auto anyWord = [&](auto separates) {
        const auto *text = reinterpret_cast<const char16_t *>(classes.constData());
        qsizetype start = 0;
        for (qsizetype i = 0; i <= classes.size(); ++i) {
            if (i < classes.size() && !separates(classes[i]))
                continue;
            if (i > start && words.contains(std::u16string_view(text + start, std::size_t(i - start))))
                return true;
            start = i + 1;
        }
        return false;
    };
    if (anyWord([](QChar c) { return c.isSpace() || c == u'_' || c == u'-'; })
        || anyWord([](QChar c) { return c == u' '; }))
        return Furniture::ByName;
    return Furniture::No;
}

// What a block's class and id say of it, as Readability weighs them: +25 for each that sounds like
// content, -25 for each that sounds like furniture.
int classWeight(const xmlNode *n)
{
    static const QRegularExpression negative(
        QStringLiteral(R"(-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|)"
                       R"(footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|)"
                       R"(sidebar|skyscraper|sponsor|shopping|tags|tool|widget)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression positive(
        QStringLiteral(
            R"(article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story)"),
        QRegularExpression::CaseInsensitiveOption);
    int weight = 0;
    for (const char *key : {"class", "id"}) {
        const QString value = attr(n, key);
        if (value.isEmpty())
            continue;
        if (negative.match(value).hasMatch())
            weight -= 25;
        if (positive.match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

bool isBlock(const xmlNode *n)
{
    static const std::unordered_set<std::string_view> tags {"p", "div", "section", "article", "main", "h1",
        "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
        "hr", "header", "address", "figcaption", "body", "center", "details", "summary", "tbody", "thead",
        "tfoot", "caption"};
    return tagIn(n, tags);
}

// Text of a subtree as one line, whitespace collapsed (headings, bylines, a paragraph beside the article).
QString plainText(const xmlNode *root)
{
    QString s;
    for (const xmlNode *n = root; n;
         n = nextNode(n, root, n != root && n->type == XML_ELEMENT_NODE && isNeverContent(n))) {
        if (n != root && (is(n, "br") || isBlock(n) || is(n, "td") || is(n, "th"))) {
            // "Lisa<br>Su" is two words, as a browser shows it.
            s += u' ';
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            s += QString::fromUtf8(reinterpret_cast<const char *>(n->content));
        }
    }
    return s.simplified();
}

bool isComma(char16_t c)
{
    switch (c) {
    case u',':
    case 0x060C:
    case 0xFE50:
    case 0xFE10:
    case 0xFE11:
    case 0x2E41:
    case 0x2E34:
    case 0x2E32:
    case 0xFF0C:
        return true;
    default:
        return false;
    }
}

// What plainText() of a subtree would measure, without building the text: its length with whitespace
// collapsed, how much of it lies under links, its commas. Scoring asks this of every block and of every
// block above it; measured once per node and summed upwards, the page is read once instead of once per
// level of nesting.
struct TextStats
{
    qsizetype chars = 0; // the simplified text's length
    qsizetype textChars = 0; // each text node's simplified length, summed: what linkChars counts in
    qsizetype linkChars = 0;
    qsizetype commas = 0;
    // White space before the first and after the last character (both when there is only white space):
    // whether two pieces joined are separated by a space.
    bool leadingSpace = false;
    bool trailingSpace = false;

    static TextStats space() { return {0, 0, 0, 0, true, true}; }

    static TextStats of(const char *utf8)
    {
        TextStats t;
        bool pending = false;
        auto add = [&](char16_t c, bool isSpace) {
            if (isSpace) {
                pending = true;
                return;
            }
            if (t.chars == 0)
                t.leadingSpace = pending;
            else if (pending)
                ++t.chars;
            ++t.chars;
            pending = false;
            t.commas += isComma(c) ? 1 : 0;
        };
        const char *p = utf8;
        for (; *p && uchar(*p) < 0x80; ++p)
            add(char16_t(*p), *p == ' ' || (*p >= '\t' && *p <= '\r'));
        if (*p) {
            // Past ASCII: the rest as QString::simplified() sees it, in UTF-16 code units.
            for (const QChar c : QString::fromUtf8(p))
                add(c.unicode(), c.isSpace());
        }
        if (t.chars == 0)
            t.leadingSpace = pending;
        t.trailingSpace = pending;
        t.textChars = t.chars;
        return t;
    }

    void append(const TextStats &b)
    {
        if (b.chars == 0) {
            trailingSpace = trailingSpace || b.leadingSpace;
            if (chars == 0)
                leadingSpace = trailingSpace;
        } else if (chars == 0) {
            leadingSpace = leadingSpace || b.leadingSpace;
            chars = b.chars;
            trailingSpace = b.trailingSpace;
        } else {
            chars += b.chars + (trailingSpace || b.leadingSpace ? 1 : 0);
            trailingSpace = b.trailingSpace;
        }
        textChars += b.textChars;
        linkChars += b.linkChars;
        commas += b.commas;
    }

    double linkDensity() const { return chars == 0 ? 0.0 : double(linkChars) / double(chars); }
};

// TextStats of every node of a page, measured in one walk: a node's are what plainText(node) measures.
class PageText
{
public:
    explicit PageText(const xmlNode *root)
    {
        // Iterative: a page nested thousands deep must not exhaust the stack.
        const xmlNode *n = root;
        while (n) {
            if (n->type == XML_ELEMENT_NODE && n->children) {
                n = n->children;
                continue;
            }
            while (n) {
                measure(n);
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
    }

    TextStats operator[](const xmlNode *n) const { return m_stats.value(n); }

private:
    // Children before their parent: an element's text is its children's, each with the space a block or
    // a break puts before it, none of what is never content.
    void measure(const xmlNode *n)
    {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                m_stats.insert(n, TextStats::of(reinterpret_cast<const char *>(n->content)));
            return;
        }
        if (n->type != XML_ELEMENT_NODE)
            return;
        TextStats t;
        for (const xmlNode *c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE && isNeverContent(c))
                continue;
            if (is(c, "br") || isBlock(c) || is(c, "td") || is(c, "th"))
                t.append(TextStats::space());
            if (const auto it = m_stats.constFind(c); it != m_stats.cend())
                t.append(*it);
        }
        if (is(n, "a"))
            t.linkChars = t.textChars;
        m_stats.insert(n, t);
    }

    QHash<const xmlNode *, TextStats> m_stats;
};

// Collects the readable text of a subtree: a paragraph per block, a line per <br> and list item.
class TextCollector
{
public:
    // `skip` says which elements below `root` to leave out with their subtree (none when empty).
    void collect(const xmlNode *root, const std::function<bool(const xmlNode *)> &skip = {})
    {
        auto enter = [&](const xmlNode *n) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(n->content)));
                return false;
            }
            if (n->type != XML_ELEMENT_NODE || isNeverContent(n) || (skip && n != root && skip(n)))
                return false;
            if (is(n, "br")) {
                lineBreak();
            } else if (is(n, "pre")) {
                // Preformatted text as it stands, a <br> in it a line break as a browser shows it.
                paragraphBreak();
                for (const xmlNode *c = n; c; c = nextNode(c, n, c != n && isNeverContent(c))) {
                    if (is(c, "br"))
                        m_current += u'\n';
                    else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
                        m_current += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                }
                paragraphBreak();
                return false;
            } else if (is(n, "li") || is(n, "tr") || is(n, "dt") || is(n, "dd") || isNestedList(n)) {
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
            if (isNestedList(n))
                lineBreak();
            else if (isBlock(n) && !is(n, "li") && !is(n, "tr") && !is(n, "dt") && !is(n, "dd"))
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
    // A list inside a list item goes on line by line, as a browser shows it, without a blank line.
    static bool isNestedList(const xmlNode *n)
    {
        return (is(n, "ul") || is(n, "ol")) && n->parent && is(n->parent, "li");
    }

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
        u"BackgroundNewsArticle"_s, u"Report"_s, u"LiveBlogPosting"_s, u"SocialMediaPosting"_s,
        u"TechArticle"_s, u"ScholarlyArticle"_s, u"SatiricalArticle"_s, u"DiscussionForumPosting"_s};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (types.contains(t.toString()))
                return true;
        return false;
    }
    return types.contains(type.toString());
}

// What JSON-LD says of the article: the first article object, at the top, in an array or in an @graph.
struct JsonLdArticle
{
    bool found = false;
    QString headline;
    QString name;
    QString author;
    QString publisher;
    QDate date;
};

void readJsonLd(const QString &json, JsonLdArticle &article)
{
    if (article.found)
        return;
    // Pages wrap the script in a CDATA section for XHTML's sake.
    static const QRegularExpression cdata(QStringLiteral(R"(^\s*(?:<!\[CDATA\[)?|(?:\]\]>)?\s*$)"));
    const QJsonDocument doc = QJsonDocument::fromJson(QString(json).remove(cdata).toUtf8());
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
        article.found = true;
        article.headline = o.value(u"headline").toString().simplified();
        article.name = o.value(u"name").toString().simplified();
        article.author = jsonName(o.value(u"author")).simplified();
        article.publisher = jsonName(o.value(u"publisher")).simplified();
        article.date = FormatLoader::parseDate(o.value(u"datePublished").toString());
        return;
    }
}

// The share of `a`'s words that `b` has too.
double sharedWords(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral(R"(\W+)"));
    const QStringList words = a.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0;
    const QStringList other = b.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    const QSet<QString> in(other.cbegin(), other.cend());
    return double(std::count_if(words.cbegin(), words.cend(), [&](const QString &w) {
        return in.contains(w);
    })) / double(words.size());
}

// Separators between a headline and the site's name in a page title ("Headline | Site", "Site » Headline").
const QRegularExpression &titleSeparator()
{
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—·»/\\]\s+)"));
    return separator;
}

// The headline in a page's <title>, without the site's name. The name goes when the page says what it is
// (`site`), or when a heading of the page (`headings`) is the headline alone; otherwise the last part goes
// when what is left still reads as a headline (three words or more), as Readability does.
QString cleanTitle(const QString &title, const QString &site, const QStringList &headings)
{
    const QString t = title.simplified();
    QList<std::pair<qsizetype, qsizetype>> cuts; // start and end of each separator
    for (auto it = titleSeparator().globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        cuts.append({m.capturedStart(), m.capturedEnd()});
    }
    if (cuts.isEmpty())
        return t;
    auto same = [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; };
    // Every split in two: a known site name on either side goes, a heading on either side stays.
    for (const auto &[start, end] : cuts) {
        const QString head = t.left(start);
        const QString tail = t.mid(end);
        if (!site.isEmpty() && same(tail, site))
            return head;
        if (!site.isEmpty() && same(head, site))
            return tail;
    }
    // A heading that is the part before a separator; after one only where the site's name comes first
    // ("Site » Headline"): elsewhere a heading that is the last part is the site's logo.
    for (const QString &h : headings) {
        for (const auto &[start, end] : cuts) {
            if (same(t.left(start), h))
                return t.left(start);
        }
    }
    static const QRegularExpression hierarchy(QStringLiteral(R"([»/\\])"));
    for (const QString &h : headings) {
        for (const auto &[start, end] : cuts) {
            if (hierarchy.match(t.mid(start, end - start)).hasMatch() && same(t.mid(end), h))
                return t.mid(end);
        }
    }
    const QString head = t.left(cuts.last().first);
    return head.split(u' ', Qt::SkipEmptyParts).size() >= 5 ? head : t;
}

// "X | Site" where another title the page declares is X alone: the page's own word that X is the headline.
QString withoutSuffix(const QString &title, const QStringList &others)
{
    for (auto it = titleSeparator().globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        const QString head = title.left(m.capturedStart());
        for (const QString &o : others)
            if (!o.isEmpty() && head.compare(o, Qt::CaseInsensitive) == 0)
                return head;
    }
    return title;
}

// A byline as pages print it ("By Jane Doe, Reuters", "Par Jean Dupont", "Jane Doe | March 25, 2015"):
// the names, and the outlet when one is named.
MetadataExtractor::Byline readByline(QString text)
{
    static const QRegularExpression lead(
        QStringLiteral(R"(^(?:by|par|von|por|door|di|av|written by|posted by)\s*:?\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    text = text.simplified();
    // "Jane Doe • 8h", "Jane Doe | Staff": the names come first.
    static const QRegularExpression field(QStringLiteral(R"(\s+[|•·]\s+|\s+[—–]\s*$)"));
    if (const auto m = field.match(text); m.hasMatch())
        text.truncate(m.capturedStart());
    // A date after the names is the dateline the byline shares a line with.
    static const QRegularExpression trailingDate(
        QStringLiteral(
            R"([\s,|·•–—-]+(?:(?:on|updated|published)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?)"
            R"((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*|\s+)\d{4}.*$|)"
            R"([\s,|·•–—-]+\d{4}-\d{2}-\d{2}.*$)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(trailingDate);
    const bool hadLead = lead.match(text).hasMatch();
    MetadataExtractor::Byline b = MetadataExtractor::parseByline(
        hadLead ? u"By "_s + text.mid(lead.match(text).capturedEnd()) : u"By "_s + text);
    if (b.authors.isEmpty()) {
        // Not names the extractor knows how to read ("Mac & i", "Jong, Michiel de", "Harbour desk"): the
        // text as the page gives it, when it is short enough to be a name.
        b = {};
        const QString name = text.mid(hadLead ? lead.match(text).capturedEnd() : 0).trimmed();
        if (!name.isEmpty() && name.size() <= 60 && name.split(u' ').size() <= 6)
            b.authors << name;
    }
    return b;
}

// The first element that names the article's author: rel="author", itemprop="author", or a class or id
// that says byline ("authority" does not). Its itemprop="name" parts when it has them, else its text,
// when short and read as names.
MetadataExtractor::Byline bylineElement(const xmlNode *root)
{
    static const QRegularExpression byline(QStringLiteral(R"(byline|author(?!ity)|dateline|writtenby)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const xmlNode *n = root; n;) {
        // An <aside> or <footer> may hold the article's byline ("Posted by"), a menu or a form does not.
        if (n->type != XML_ELEMENT_NODE
            || (isNeverContent(n) && !is(n, "aside") && !is(n, "footer") && !is(n, "figure"))) {
            n = nextNode(n, root, n->type == XML_ELEMENT_NODE);
            continue;
        }
        if (attr(n, "rel").compare(u"author", Qt::CaseInsensitive) == 0
            || attr(n, "itemprop").contains(u"author", Qt::CaseInsensitive)
            || byline.match(attr(n, "class") + u' ' + attr(n, "id")).hasMatch()) {
            const QString text = plainText(n);
            if (!text.isEmpty() && text.size() < 100) {
                QStringList names;
                for (const xmlNode *c = n; c; c = nextNode(c, n))
                    if (c != n && c->type == XML_ELEMENT_NODE && attr(c, "itemprop") == u"name")
                        names << plainText(c);
                names.removeAll(QString());
                const MetadataExtractor::Byline b
                    = readByline(names.isEmpty() ? text : names.join(QStringLiteral(", ")));
                if (!b.authors.isEmpty())
                    return b;
            }
        }
        n = nextNode(n, root);
    }
    return {};
}

PageMeta readPageMeta(const xmlNode *root)
{
    PageMeta meta;
    // The last value of each meta property or name, keys lower-cased ("DC.Title" is "dc:title"); what a
    // page says twice it corrected the second time.
    QHash<QString, QString> tags;
    JsonLdArticle jsonLd;
    QString titleElement;
    QStringList headings;
    QString timeElement;
    for (const xmlNode *n = root; n; n = nextNode(n, root)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is(n, "meta")) {
            const QString content = attr(n, "content").simplified();
            if (content.isEmpty())
                continue;
            for (const char *key : {"property", "name", "itemprop"}) {
                QString k = attr(n, key).trimmed().toLower();
                k.replace(u'.', u':');
                for (const QString &one : k.split(u' ', Qt::SkipEmptyParts))
                    tags.insert(one, content);
            }
        } else if (is(n, "script")
            && attr(n, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0) {
            QString json;
            for (const xmlNode *c = n->children; c; c = c->next)
                if (c->content)
                    json += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
            readJsonLd(json, jsonLd);
        } else if (is(n, "title") && titleElement.isEmpty()) {
            titleElement = plainText(n);
        } else if (is(n, "h1") || is(n, "h2")) {
            if (const QString h = plainText(n); !h.isEmpty() && headings.size() < 64)
                headings << h;
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
    auto isUrl = [](const QString &s) { return s.startsWith(u"http://") || s.startsWith(u"https://"); };

    meta.source = first({u"og:site_name", u"dc:publisher", u"application-name"});
    if (meta.source.isEmpty() || isUrl(meta.source))
        meta.source = jsonLd.publisher;

    // The page's own tags first (Dublin Core is set on purpose where it is set at all), JSON-LD after (it
    // often names a syndicating site's template), then the <title> without the site's name.
    // JSON-LD's "name" is the headline on some pages and the site's or the page type's on others, and so
    // is its "headline": the one the <title> shares its words with is the headline.
    QString jsonTitle = jsonLd.headline.isEmpty() ? jsonLd.name : jsonLd.headline;
    if (!jsonLd.headline.isEmpty() && !jsonLd.name.isEmpty()
        && sharedWords(jsonLd.name, titleElement) > sharedWords(jsonLd.headline, titleElement))
        jsonTitle = jsonLd.name;
    const QString twitter = first({u"twitter:title"});
    meta.title = first({u"dc:title", u"dcterm:title", u"og:title"});
    if (!meta.title.isEmpty())
        meta.title = withoutSuffix(meta.title, {twitter, jsonTitle});
    if (meta.title.isEmpty())
        meta.title = first({u"twitter:title", u"title", u"parsely-title", u"headline"});
    if (meta.title.isEmpty())
        meta.title = jsonTitle;
    if (meta.title.isEmpty())
        meta.title = cleanTitle(titleElement, meta.source, headings);
    if (meta.title.isEmpty() && !headings.isEmpty())
        meta.title = headings.first();

    QString author = first({u"dc:creator", u"dcterm:creator", u"author", u"parsely-author", u"byl",
        u"article:author_name", u"sailthru:author"});
    if (author.isEmpty() && !isUrl(first({u"article:author"})))
        author = first({u"article:author"});
    if (author.isEmpty())
        author = jsonLd.author;
    const MetadataExtractor::Byline b = author.isEmpty() ? bylineElement(root) : readByline(author);
    meta.author = b.authors.join(QStringLiteral(", "));
    if (meta.source.isEmpty())
        meta.source = b.source;

    meta.date
        = FormatLoader::parseDate(first({u"article:published_time", u"og:published_time", u"datepublished",
            u"date", u"dc:date", u"dc:date:issued", u"pubdate", u"parsely-pub-date", u"sailthru:date"}));
    if (!meta.date.isValid())
        meta.date = jsonLd.date;
    if (!meta.date.isValid())
        meta.date = FormatLoader::parseDate(timeElement);
    return meta;
}

// How far a pass trusts the page's names for its parts. The first trusts class and id words to drop
// furniture, weigh blocks and clean the article; when that leaves too little text (the article's wrapper was
// named "panel-with-sidebar"), the next passes trust them less, as Readability retries.
struct Pass
{
    bool byClass = true; // drop furniture by class and id words
    bool weighClasses = true; // class and id words weigh for or against a block
    bool cleanBlocks = true; // drop blocks inside the article that are mostly links or named like furniture
};

// An article shorter than this is the sign of a pass that dropped it.
constexpr qsizetype EnoughText = 500;

// What the passes ask of a page's nodes again and again, worked out once per node.
class PageFacts
{
public:
    explicit PageFacts(const xmlNode *root)
        : text(root)
    {
    }

    // Page furniture; by the words of its class and id too when `byClass`.
    bool furniture(const xmlNode *n, bool byClass)
    {
        auto it = m_furniture.constFind(n);
        if (it == m_furniture.cend())
            it = m_furniture.insert(n, dramatis::furniture(n));
        return *it == Furniture::Always || (byClass && *it == Furniture::ByName);
    }

    int weight(const xmlNode *n)
    {
        auto it = m_weights.constFind(n);
        if (it == m_weights.cend())
            it = m_weights.insert(n, classWeight(n));
        return *it;
    }

    const PageText text;

private:
    QHash<const xmlNode *, Furniture> m_furniture;
    QHash<const xmlNode *, int> m_weights;
};

// Blocks that hold a paragraph's text directly ("<div>Words<br>more words</div>") as well as paragraphs.
bool isContainer(const xmlNode *n)
{
    return is(n, "div") || is(n, "section") || is(n, "article") || is(n, "main") || is(n, "blockquote")
        || is(n, "td") || is(n, "th") || is(n, "center") || is(n, "body");
}

bool hasBlockChild(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (isBlock(c))
            return true;
    return false;
}

// Readability's head start by tag: blocks that hold articles up, lists and headings down.
double initialScore(const xmlNode *n, const Pass &pass, PageFacts &facts)
{
    double score = 0;
    if (is(n, "div") || is(n, "article"))
        score = 5;
    else if (is(n, "pre") || is(n, "td") || is(n, "blockquote"))
        score = 3;
    else if (is(n, "address") || is(n, "ol") || is(n, "ul") || is(n, "dl") || is(n, "dd") || is(n, "dt")
        || is(n, "li") || is(n, "form"))
        score = -3;
    else if (is(n, "th") || (name(n).size() == 2 && name(n).startsWith(u'h', Qt::CaseInsensitive)))
        score = -5;
    if (pass.weighClasses) {
        score += facts.weight(n);
        if (is(n, "article") || attr(n, "itemprop").contains(u"articleBody"))
            score += 25;
    }
    return score;
}

// Readability's idea: paragraphs vote for the blocks that hold them, less the further up; the block with
// the most paragraph text, discounted by the share of it that is links, is the article, joined by the
// siblings that score nearly as well or are paragraphs themselves. `scores` receives every block's score.
QList<const xmlNode *> mainContent(
    const xmlNode *body, const Pass &pass, QHash<const xmlNode *, double> &scores, PageFacts &facts)
{
    QHash<const xmlNode *, double> raw;
    auto vote = [&](const xmlNode *holder, const TextStats &text) {
        if (text.chars < 25)
            return;
        const double score = 1.0 + double(text.commas) + double(qMin(text.chars / 100, qsizetype(3)));
        int level = 0;
        for (const xmlNode *p = holder; p && p->type == XML_ELEMENT_NODE && level < 5;
             p = p->parent, ++level) {
            auto it = raw.find(p);
            if (it == raw.end())
                it = raw.insert(p, initialScore(p, pass, facts));
            *it += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            if (p == body)
                break;
        }
    };
    auto skipped = [&](const xmlNode *n) {
        return n != body && n->type == XML_ELEMENT_NODE
            && (isNeverContent(n) || facts.furniture(n, pass.byClass));
    };
    for (const xmlNode *n = body; n;) {
        bool descend = n->type == XML_ELEMENT_NODE && !skipped(n);
        if (descend && (is(n, "p") || is(n, "pre"))) {
            vote(n->parent, facts.text[n]);
            descend = false;
        } else if (descend && isContainer(n) && !hasBlockChild(n) && n != body) {
            // A block of text without paragraphs is a paragraph.
            vote(n->parent, facts.text[n]);
            descend = false;
        } else if (descend && isContainer(n)) {
            // Text between a block's paragraphs is a paragraph of the block.
            TextStats run;
            for (const xmlNode *c = n->children; c; c = c->next) {
                if (isBlock(c)) {
                    vote(n, run);
                    run = {};
                } else if (c->type == XML_TEXT_NODE || (c->type == XML_ELEMENT_NODE && !skipped(c))) {
                    run.append(TextStats::space());
                    run.append(facts.text[c]);
                }
            }
            vote(n, run);
        }
        n = nextNode(n, body, !descend);
    }

    const xmlNode *best = nullptr;
    double bestScore = 0;
    QList<std::pair<double, const xmlNode *>> ranked;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const double score = it.value() * (1.0 - facts.text[it.key()].linkDensity());
        scores.insert(it.key(), score);
        ranked.append({score, it.key()});
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    if (!best)
        return {body};

    // Several good candidates under one ancestor: the article is split in sections, and that ancestor
    // holds them all.
    std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QList<QSet<const xmlNode *>> others;
    for (qsizetype i = 1; i < qMin<qsizetype>(ranked.size(), 5); ++i) {
        if (ranked[i].first / bestScore < 0.75)
            continue;
        QSet<const xmlNode *> ancestors;
        for (const xmlNode *p = ranked[i].second->parent; p && p != body; p = p->parent)
            ancestors.insert(p);
        others.append(ancestors);
    }
    if (others.size() >= 3) {
        for (const xmlNode *p = best->parent; p && p != body; p = p->parent) {
            const auto holding = std::count_if(
                others.cbegin(), others.cend(), [&](const auto &set) { return set.contains(p); });
            if (holding >= 3) {
                best = p;
                break;
            }
        }
    }
    // A parent that scores better than its child holds more of the article.
    double last = scores.value(best);
    for (const xmlNode *p = best->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (!scores.contains(p))
            continue;
        const double score = scores.value(p);
        if (score < bestScore / 3)
            break;
        if (score > last) {
            best = p;
            break;
        }
        last = score;
    }
    // An only child says no more than its parent.
    for (const xmlNode *p = best->parent; p && p != body && p->type == XML_ELEMENT_NODE; p = p->parent) {
        qsizetype elements = 0;
        for (const xmlNode *c = p->children; c; c = c->next)
            elements += c->type == XML_ELEMENT_NODE ? 1 : 0;
        if (elements != 1)
            break;
        best = p;
    }
    if (best == body || !best->parent)
        return {best};

    // The siblings that belong with it: blocks that score well, paragraphs that read as text.
    const double topScore = scores.value(best);
    const double threshold = qMax(10.0, topScore * 0.2);
    const QString bestClass = attr(best, "class");
    static const QRegularExpression sentenceEnd(QStringLiteral(R"(\.( |$))"));
    QList<const xmlNode *> parts;
    for (const xmlNode *s = best->parent->children; s; s = s->next) {
        if (s == best) {
            parts.append(s);
            continue;
        }
        if (s->type != XML_ELEMENT_NODE || skipped(s))
            continue;
        const double bonus = !bestClass.isEmpty() && attr(s, "class") == bestClass ? topScore * 0.2 : 0.0;
        if (scores.contains(s) && scores.value(s) + bonus >= threshold) {
            parts.append(s);
        } else if (is(s, "p")) {
            const QString text = plainText(s);
            const double density = facts.text[s].linkDensity();
            if ((text.size() > 80 && density < 0.25)
                || (!text.isEmpty() && text.size() <= 80 && density == 0
                    && sentenceEnd.match(text).hasMatch()))
                parts.append(s);
        }
    }
    return parts;
}

// Whether a block inside the article is furniture after all: named like it and holding little article
// text, or mostly links (a list of related stories, a share bar). Readability's "clean conditionally".
bool isClutter(
    const xmlNode *n, const Pass &pass, const QHash<const xmlNode *, double> &scores, PageFacts &facts)
{
    if (!pass.cleanBlocks)
        return false;
    if (!(is(n, "div") || is(n, "section") || is(n, "ul") || is(n, "ol") || is(n, "table") || is(n, "dl")))
        return false;
    const int weight = pass.weighClasses ? facts.weight(n) : 0;
    if (weight + scores.value(n) < 0)
        return true;
    const TextStats text = facts.text[n];
    const double density = text.linkDensity();
    if (text.commas >= 10)
        return false;
    // A list in an article links to its sources more often than a paragraph does; a list that is mostly
    // links is a list of other pages.
    bool list = is(n, "ul") || is(n, "ol");
    if (!list && text.chars > 0) {
        qsizetype listed = 0;
        for (const xmlNode *c = n->children; c; c = c->next)
            if (is(c, "ul") || is(c, "ol"))
                listed += facts.text[c].chars;
        list = double(listed) / double(text.chars) > 0.9;
    }
    if (list)
        return density > 0.5;
    return (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
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

// Whether the raw text at `at` opens the element `tag` ("<script", "<style"), not a longer name.
bool opensElement(QStringView page, qsizetype at, QStringView tag)
{
    if (!page.sliced(at + 1).startsWith(tag, Qt::CaseInsensitive))
        return false;
    const qsizetype after = at + 1 + tag.size();
    return after == page.size() || page[after].isSpace() || page[after] == u'>' || page[after] == u'/';
}

// The page as libxml2 is given it. Nothing reads a script but JSON-LD, nor a style sheet: their code goes
// before parsing, which spares the parser most of a page's bytes. libxml2 ends a script at the first "</"
// and a letter, as HTML 4 said, where browsers read on to "</script>": in the JSON-LD kept, "</" is
// escaped as "<\/", which means the same to JSON. Comments are stepped over whole: a "<script" commented
// out opens nothing.
QByteArray forParser(QStringView page)
{
    QString out;
    out.reserve(page.size());
    qsizetype copied = 0; // the page before this is in `out`
    qsizetype at = 0;
    while ((at = page.indexOf(u'<', at)) >= 0) {
        if (page.sliced(at).startsWith(u"<!--")) {
            const qsizetype end = page.indexOf(u"-->", at + 4);
            if (end < 0)
                break;
            at = end + 3;
            continue;
        }
        const bool script = opensElement(page, at, u"script");
        if (!script && !opensElement(page, at, u"style")) {
            ++at;
            continue;
        }
        const qsizetype open = page.indexOf(u'>', at);
        const QStringView closing = script ? QStringView(u"</script") : QStringView(u"</style");
        const qsizetype close = open < 0 ? -1 : page.indexOf(closing, open, Qt::CaseInsensitive);
        if (close < 0)
            break;
        out += page.sliced(copied, open + 1 - copied);
        if (script && page.sliced(at, open - at).contains(u"ld+json", Qt::CaseInsensitive)) {
            for (qsizetype from = open + 1; from < close;) {
                const qsizetype slash = page.indexOf(u"</", from);
                if (slash < 0 || slash >= close) {
                    out += page.sliced(from, close - from);
                    break;
                }
                out += page.sliced(from, slash + 1 - from);
                out += u'\\';
                from = slash + 1;
            }
        }
        copied = close;
        at = close + closing.size();
    }
    out += page.sliced(copied);
    return out.toUtf8();
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
    const QByteArray utf8 = forParser(decoded.text);
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

    QString text;
    if (content == Content::MainArticle) {
        PageFacts facts(body);
        // Each pass trusts the page's class names less; the first that finds enough text wins. A short
        // article stays what the first pass found, unless a later pass finds much more: what a pass that
        // trusts names less adds to a short article is more likely furniture than article.
        for (const Pass pass :
            {Pass {}, Pass {false, true, true}, Pass {false, false, true}, Pass {false, false, false}}) {
            QHash<const xmlNode *, double> scores;
            const QList<const xmlNode *> parts = mainContent(body, pass, scores, facts);
            TextCollector collector;
            for (const xmlNode *part : parts) {
                collector.collect(part, [&](const xmlNode *n) {
                    return facts.furniture(n, pass.byClass) || isClutter(n, pass, scores, facts);
                });
            }
            const QString found = collector.text();
            if (found.size() > text.size() * 3 / 2)
                text = found;
            if (text.size() >= EnoughText)
                break;
        }
    } else {
        TextCollector collector;
        collector.collect(body);
        text = collector.text();
    }

    LoadResult r;
    Article &a = r.article;
    a.text = text;
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
