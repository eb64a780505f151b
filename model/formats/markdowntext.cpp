#include "formats/markdowntext.h"

#include "formats/htmlloader.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <libxml/HTMLparser.h>
#include <md4c.h>

namespace dramatis {

namespace {

// The targets of the definitions referenceDefinitions() adds: a link to the first keeps its text, a link
// to the second is a footnote mark and goes.
constexpr QByteArrayView kReferenceTarget = "dramatis-reference:";
constexpr QByteArrayView kFootnoteTarget = "dramatis-footnote:";

// Articles copied from elsewhere keep `[text][3]` and footnote marks `[^3]` whose definitions were left
// behind, and CommonMark shows an undefined reference as its brackets. One definition per label, put
// before the text, makes every such reference a link: only the first definition of a label counts, and
// no target is ever shown, so a label the article does define reads the same. A blank line ends the
// definitions, so that the article's first line cannot pass for a definition's title.
QByteArray referenceDefinitions(const QString &markdown)
{
    static const QRegularExpression full(QStringLiteral(R"(\]\[([^\[\]\\\n]{1,200})\])"));
    static const QRegularExpression collapsed(QStringLiteral(R"(\[([^\[\]\\\n]{1,200})\]\[\])"));
    static const QRegularExpression footnote(QStringLiteral(R"(\[(\^[^\[\]\\\s]{1,200})\])"));
    QByteArray definitions;
    QSet<QString> labels;
    const auto define = [&](const QRegularExpression &re, QByteArrayView target) {
        for (auto it = re.globalMatch(markdown); it.hasNext();) {
            const QString label = it.next().captured(1);
            if (label.trimmed().isEmpty() || labels.contains(label))
                continue;
            labels.insert(label);
            definitions += '[' + label.toUtf8() + "]: " + target + '\n';
        }
    };
    if (markdown.contains(u"][")) {
        define(full, kReferenceTarget);
        define(collapsed, kReferenceTarget);
    }
    if (markdown.contains(u"[^"))
        define(footnote, kFootnoteTarget);
    if (!definitions.isEmpty())
        definitions += '\n';
    return definitions;
}

// "&amp;", "&#233;", "&#xE9;": md4c hands entities over as written. Unknown names stay as they are, as
// CommonMark wants; code points that cannot be characters become U+FFFD.
QString decodeEntity(QByteArrayView entity)
{
    const QByteArray name = entity.sliced(1, entity.size() - 2).toByteArray();
    if (name.startsWith('#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    if (const htmlEntityDesc *known = htmlEntityLookup(reinterpret_cast<const xmlChar *>(name.constData()))) {
        const char32_t c = known->value;
        return QString::fromUcs4(&c, 1);
    }
    return QString::fromUtf8(entity);
}

// Collects what md4c reports as the blocks MarkdownText::Result describes. Inside a list every paragraph,
// nested item and code block is a line of the list's one block, as a reader sees the list.
class PlainText
{
public:
    explicit PlainText(bool takeTitle)
        : m_titleTaken(!takeTitle)
    {
    }

    bool parse(const QByteArray &utf8)
    {
        MD_PARSER parser {};
        // Indented code blocks are off: an article pasted with indented paragraphs is prose.
        parser.flags
            = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_NOINDENTEDCODEBLOCKS;
        parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
            return static_cast<PlainText *>(self)->enterBlock(type, detail);
        };
        parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
            return static_cast<PlainText *>(self)->leaveBlock(type);
        };
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
            return static_cast<PlainText *>(self)->enterSpan(type, detail);
        };
        parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
            return static_cast<PlainText *>(self)->leaveSpan(type);
        };
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            return static_cast<PlainText *>(self)->text(type, QByteArrayView(text, size));
        };
        return md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this) == 0;
    }

    QStringList blocks;
    QString title;

private:
    struct List
    {
        bool tight;
        int number; // the next item's, or -1 for bullets
        char delimiter;
    };

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            ++m_quotes;
            break;
        case MD_BLOCK_UL:
            endItem();
            m_lists.append({static_cast<MD_BLOCK_UL_DETAIL *>(detail)->is_tight != 0, -1, 0});
            break;
        case MD_BLOCK_OL: {
            endItem();
            const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            m_lists.append({ol->is_tight != 0, int(ol->start), ol->mark_delimiter});
            break;
        }
        case MD_BLOCK_LI:
            endItem();
            m_item.clear();
            // Ordered items keep their number: it is part of what the text says.
            if (List &list = m_lists.last(); list.number >= 0)
                m_itemPrefix = QString::number(list.number++) + QLatin1Char(list.delimiter) + u' ';
            else
                m_itemPrefix.clear();
            m_inItem = true;
            break;
        case MD_BLOCK_H:
            m_level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_HTML:
            m_inHtmlBlock = true;
            break;
        case MD_BLOCK_TABLE:
            m_rows.clear();
            break;
        case MD_BLOCK_TR:
            m_cells.clear();
            break;
        default:
            break;
        }
        m_footnoteFirst = false;
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_QUOTE:
            --m_quotes;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            endItem();
            if (const List list = m_lists.takeLast(); m_lists.isEmpty()) {
                // A tight list is one block, a line an item, and so are tight lists that follow one
                // another (a change of marker starts a new list); a loose list's items are paragraphs.
                if (!list.tight) {
                    for (const QString &line : std::as_const(m_listLines))
                        addBlock(line);
                } else if (m_afterTightList && !m_listLines.isEmpty()) {
                    blocks.last() += u'\n' + m_listLines.join(u'\n');
                } else {
                    addBlock(m_listLines.join(u'\n'));
                    m_afterTightList = !m_listLines.isEmpty();
                }
                m_listLines.clear();
            }
            break;
        case MD_BLOCK_LI:
            endItem();
            break;
        case MD_BLOCK_H:
            addHeading(takeText().trimmed());
            break;
        case MD_BLOCK_CODE: {
            QString code = takeText();
            while (code.endsWith(u'\n'))
                code.chop(1);
            addText(code);
            break;
        }
        case MD_BLOCK_HTML:
            m_inHtmlBlock = false;
            addText(htmlText(takeText()));
            break;
        case MD_BLOCK_P: {
            const bool footnote = m_footnoteFirst;
            const QString paragraph = takeText().trimmed();
            // "[^1]: The note." is a footnote's definition: left out with the marks that point to it.
            if (!(footnote && paragraph.startsWith(u':')))
                addText(paragraph);
            break;
        }
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_cells.append(takeText().trimmed());
            break;
        case MD_BLOCK_TR:
            m_rows.append(m_cells.join(u'\t'));
            break;
        case MD_BLOCK_TABLE:
            addText(m_rows.join(u'\n'));
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (type == MD_SPAN_IMG) {
            ++m_hidden; // an image's description is not part of the text
        } else if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            const bool footnote = QByteArrayView(href.text, href.size) == kFootnoteTarget;
            if (footnote) {
                m_footnoteFirst = m_text.trimmed().isEmpty();
                ++m_hidden;
            }
            m_links.append(footnote);
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        // md4c may leave a span it never entered on malformed input; such a leave changes nothing.
        const bool hidden
            = type == MD_SPAN_IMG || (type == MD_SPAN_A && !m_links.isEmpty() && m_links.takeLast());
        if (hidden && m_hidden > 0)
            --m_hidden;
        return 0;
    }

    int text(MD_TEXTTYPE type, QByteArrayView text)
    {
        if (type == MD_TEXT_HTML) {
            inlineHtml(text);
            return 0;
        }
        if (m_hidden > 0 || m_inScript)
            return 0;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            m_text += QChar::ReplacementCharacter;
            break;
        case MD_TEXT_BR:
            m_text += u'\n';
            break;
        case MD_TEXT_SOFTBR:
            m_text += u' ';
            break;
        case MD_TEXT_ENTITY:
            m_text += decodeEntity(text);
            break;
        default:
            m_text += QString::fromUtf8(text);
            break;
        }
        return 0;
    }

    // Raw HTML inside a paragraph: the tags go, <br> breaks the line, a script's or style's content goes.
    // An HTML block's text is kept whole for htmlText().
    void inlineHtml(QByteArrayView html)
    {
        static const QRegularExpression lineBreak(
            QStringLiteral(R"(^<br\s*/?>$)"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression script(
            QStringLiteral(R"(^<(/?)(?:script|style)\b)"), QRegularExpression::CaseInsensitiveOption);
        const QString tag = QString::fromUtf8(html);
        if (m_inHtmlBlock) {
            m_text += tag;
        } else if (lineBreak.match(tag).hasMatch()) {
            if (!m_inScript && m_hidden == 0)
                m_text += u'\n';
        } else if (const auto m = script.match(tag); m.hasMatch()) {
            m_inScript = m.capturedLength(1) == 0;
        }
    }

    // An HTML block is read as the web page reader reads a page's body: paragraphs kept, tags, scripts
    // and styles gone, entities decoded.
    static QString htmlText(const QString &html)
    {
        const LoadResult r = HtmlLoader::read(
            html.toUtf8(), QString(), QStringLiteral("UTF-8"), HtmlLoader::Content::WholeBody);
        return r.ok() ? r.article.text.trimmed() : QString();
    }

    QString takeText()
    {
        QString text = m_text;
        m_text.clear();
        m_inScript = false;
        return text;
    }

    void endItem()
    {
        // A tight list's items hold their text directly, with no paragraph around it.
        if (m_inItem)
            addText(takeText().trimmed());
        if (m_inItem && !m_item.isEmpty())
            m_listLines.append(m_itemPrefix + m_item);
        m_item.clear();
        m_itemPrefix.clear();
        m_inItem = false;
    }

    // A leaf block's text: a paragraph of its own, or part of the list item it is in.
    void addText(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (m_lists.isEmpty()) {
            addBlock(text);
        } else if (m_inItem) {
            m_item += (m_item.isEmpty() ? QString() : QStringLiteral(" ")) + text;
        } else {
            m_listLines.append(text);
        }
    }

    void addBlock(const QString &text)
    {
        if (!text.isEmpty())
            blocks.append(text);
        m_afterTightList = false;
    }

    void addHeading(const QString &heading)
    {
        // A heading before anything else is the article's headline.
        if (!m_titleTaken && blocks.isEmpty() && m_lists.isEmpty() && m_quotes == 0 && m_level <= 2
            && !heading.isEmpty()) {
            title = heading;
            m_titleTaken = true;
            return;
        }
        addText(heading);
    }

    QString m_text; // the open leaf block's
    QList<List> m_lists;
    QStringList m_listLines; // the outermost list's lines so far
    QString m_item;
    QString m_itemPrefix;
    bool m_inItem = false;
    QStringList m_rows;
    QStringList m_cells;
    QList<bool> m_links; // per open link: a footnote mark
    int m_hidden = 0; // inside images and footnote marks
    int m_quotes = 0;
    int m_level = 0; // the open heading's
    bool m_inHtmlBlock = false;
    bool m_inScript = false;
    bool m_footnoteFirst = false;
    bool m_afterTightList = false; // the last block is a tight list
    bool m_titleTaken;
};

// Front matter between `---` lines at the very top: only `key: value` pairs are read.
qsizetype readFrontMatter(const QStringList &lines, QList<QPair<QString, QString>> &out)
{
    if (lines.isEmpty() || lines.first().trimmed() != u"---")
        return 0;
    static const QRegularExpression pair(QStringLiteral(R"(^([A-Za-z][\w -]*):\s*(.*)$)"));
    for (qsizetype i = 1; i < qMin<qsizetype>(lines.size(), 60); ++i) {
        const QString t = lines[i].trimmed();
        if (t == u"---" || t == u"...")
            return i + 1;
        const auto m = pair.match(t);
        if (!m.hasMatch() && !t.isEmpty() && !t.startsWith(u'-') && !t.startsWith(u'#'))
            return 0;
        if (m.hasMatch()) {
            QString value = m.captured(2).trimmed();
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
                && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            out.append({m.captured(1).trimmed().toLower(), value});
        }
    }
    out.clear();
    return 0;
}

} // namespace

MarkdownText::Result MarkdownText::convert(const QString &markdown)
{
    Result r;
    const QStringList lines = markdown.split(u'\n');
    const qsizetype bodyStart = readFrontMatter(lines, r.frontMatter);
    for (const auto &[key, value] : std::as_const(r.frontMatter))
        if (key == u"title" && r.title.isEmpty())
            r.title = stripInline(value).trimmed();
    const QString body = bodyStart > 0 ? lines.mid(bodyStart).join(u'\n') : markdown;

    PlainText plain(r.title.isEmpty());
    plain.parse(referenceDefinitions(body) + body.toUtf8());
    if (!plain.title.isEmpty())
        r.title = plain.title;
    r.text = plain.blocks.join(u"\n\n");
    return r;
}

QString MarkdownText::stripInline(const QString &line)
{
    static const QRegularExpression syntax(QStringLiteral(R"([`*_\[!<~\\&])"));
    if (!line.contains(syntax))
        return line;
    // A no-break space in front makes any line one paragraph, whatever it starts with ("# ", "1. ",
    // "<div>"), and counts as white space before emphasis; the paragraph's trimming takes it away again.
    const QString text = QChar(0xA0) + line;
    PlainText plain(false);
    plain.parse(referenceDefinitions(text) + text.toUtf8());
    return plain.blocks.join(u' ');
}

} // namespace dramatis
