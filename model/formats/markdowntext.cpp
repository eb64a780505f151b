#include "formats/markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

namespace dramatis {

namespace {

// Backslash-escaped ASCII punctuation hides in the Private Use Area while the inline rules run, so that
// `\*` never starts emphasis; it comes back as the bare character.
constexpr char16_t kEscapeBase = 0xE000;

QString hideEscapes(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < s.size() && s[i + 1].unicode() < 128 && s[i + 1].isPunct()) {
            out.append(QChar(char16_t(kEscapeBase + s[i + 1].unicode())));
            ++i;
        } else if (c == u'\\' && i + 1 < s.size() && s[i + 1].unicode() < 128 && s[i + 1].isSymbol()) {
            out.append(QChar(char16_t(kEscapeBase + s[i + 1].unicode())));
            ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

QString restoreEscapes(QString s)
{
    for (QChar &c : s)
        if (c.unicode() >= kEscapeBase && c.unicode() < kEscapeBase + 128)
            c = QChar(char16_t(c.unicode() - kEscapeBase));
    return s;
}

QString applyInlineRules(QString s)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression refImage(QStringLiteral(R"(!\[([^\]]*)\]\[[^\]]*\])"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\))"));
    static const QRegularExpression refLink(QStringLiteral(R"(\[([^\]]+)\]\[[^\]]*\])"));
    static const QRegularExpression footnote(QStringLiteral(R"(\[\^[^\]]+\])"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|ftp|mailto):[^>\s]+)>)"));
    static const QRegularExpression htmlComment(QStringLiteral(R"(<!--.*?-->)"));
    static const QRegularExpression lineBreakTag(QStringLiteral(R"(<br\s*/?>)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression htmlTag(QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(?=\S)(.+?)(?<=\S)\1)"));
    static const QRegularExpression emStar(QStringLiteral(R"(\*(?=[^\s*])(.+?)(?<=[^\s*])\*)"));
    // Underscores inside words (snake_case) are not emphasis.
    static const QRegularExpression emUnderscore(QStringLiteral(R"((?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w))"));
    static const QRegularExpression strike(QStringLiteral(R"(~~(?=\S)(.+?)(?<=\S)~~)"));

    s.replace(htmlComment, QString());
    s.replace(image, QString());
    s.replace(refImage, QString());
    s.replace(footnote, QString());
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(autolink, QStringLiteral("\\1"));
    s.replace(lineBreakTag, QStringLiteral("\n"));
    s.replace(htmlTag, QString());
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(strong, QStringLiteral("\\2")); // nested ***x*** leaves one level for the next rule
    s.replace(emStar, QStringLiteral("\\1"));
    s.replace(emUnderscore, QStringLiteral("\\1"));
    s.replace(strike, QStringLiteral("\\1"));
    return s;
}

enum class LineKind { Blank, Fence, AtxHeading, SetextRule, ThematicBreak, ListItem, Quote, TableRule,
                      LinkDefinition, Text };

struct Line
{
    LineKind kind = LineKind::Text;
    QString content; // without the block marker
    int level = 0; // heading level
};

Line classify(const QString &raw)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$)"));
    static const QRegularExpression setext(QStringLiteral(R"(^ {0,3}(=+|-+)[ \t]*$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^\s*(?:[-*+]|(\d{1,9}[.)]))[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^ {0,3}>[ \t]?(.*)$)"));
    static const QRegularExpression tableRule(QStringLiteral(R"(^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$)"));
    static const QRegularExpression linkDef(QStringLiteral(R"(^ {0,3}\[[^\]]+\]:\s*\S+.*$)"));

    Line l;
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        l.kind = LineKind::Blank;
        return l;
    }
    // Most lines are prose: only these first characters can start a block marker.
    if (!QStringView(u"#=-*_+>|[~`:").contains(trimmed.front()) && !trimmed.front().isDigit()) {
        l.content = raw;
        return l;
    }
    if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
        l.kind = LineKind::Fence;
        return l;
    }
    if (auto m = atx.match(raw); m.hasMatch()) {
        l.kind = LineKind::AtxHeading;
        l.level = int(m.capturedLength(1));
        l.content = m.captured(2).trimmed();
        return l;
    }
    if (auto m = setext.match(raw); m.hasMatch()) {
        l.kind = LineKind::SetextRule;
        l.level = m.captured(1).startsWith(u'=') ? 1 : 2;
        // "---" is also a thematic break; the caller decides by what came before.
        return l;
    }
    if (rule.match(raw).hasMatch()) {
        l.kind = LineKind::ThematicBreak;
        return l;
    }
    if (tableRule.match(raw).hasMatch() && trimmed.contains(u'-') && (trimmed.contains(u'|') || trimmed.contains(u':'))) {
        l.kind = LineKind::TableRule;
        return l;
    }
    if (linkDef.match(raw).hasMatch()) {
        l.kind = LineKind::LinkDefinition;
        return l;
    }
    if (auto m = quote.match(raw); m.hasMatch()) {
        l.kind = LineKind::Quote;
        l.content = m.captured(1);
        return l;
    }
    if (auto m = bullet.match(raw); m.hasMatch()) {
        l.kind = LineKind::ListItem;
        // Ordered items keep their number: it is part of what the text says.
        l.content = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1) + u' ' + m.captured(2);
        return l;
    }
    l.content = raw;
    return l;
}

QString tableRow(const QString &line)
{
    QString t = line.trimmed();
    if (t.startsWith(u'|'))
        t.remove(0, 1);
    if (t.endsWith(u'|'))
        t.chop(1);
    QStringList cells = t.split(u'|');
    for (QString &c : cells)
        c = c.trimmed();
    return cells.join(u'\t');
}

bool isTableRow(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'|') && t.endsWith(u'|') && t.size() > 1;
}

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
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            out.append({m.captured(1).trimmed().toLower(), value});
        }
    }
    out.clear();
    return 0;
}

} // namespace

QString MarkdownText::stripInline(const QString &line)
{
    static const QRegularExpression syntax(QStringLiteral(R"([`*_\[!<~\\])"));
    if (!line.contains(syntax))
        return line;
    // Code spans are literal: split them out before the other rules, keep their content as is.
    QString out;
    qsizetype i = 0;
    while (i < line.size()) {
        const qsizetype open = line.indexOf(u'`', i);
        if (open < 0) {
            out += applyInlineRules(hideEscapes(line.mid(i)));
            break;
        }
        qsizetype ticks = 0;
        while (open + ticks < line.size() && line[open + ticks] == u'`')
            ++ticks;
        const QString fence(ticks, u'`');
        const qsizetype close = line.indexOf(fence, open + ticks);
        if (close < 0) {
            out += applyInlineRules(hideEscapes(line.mid(i)));
            break;
        }
        out += applyInlineRules(hideEscapes(line.mid(i, open - i)));
        out += line.mid(open + ticks, close - open - ticks).trimmed();
        i = close + ticks;
    }
    return restoreEscapes(out);
}

MarkdownText::Result MarkdownText::convert(const QString &markdown)
{
    Result r;
    const QStringList lines = markdown.split(u'\n');
    qsizetype i = readFrontMatter(lines, r.frontMatter);
    for (const auto &[key, value] : std::as_const(r.frontMatter))
        if (key == u"title" && r.title.isEmpty())
            r.title = stripInline(value).trimmed();

    QStringList blocks; // paragraphs, headings, lists, code: joined with blank lines at the end
    QString paragraph; // the open paragraph, soft line breaks already joined
    QStringList listItems;
    bool titleTaken = !r.title.isEmpty();

    auto closeParagraph = [&] {
        // A paragraph that was only an image leaves nothing, and must not count as content.
        if (const QString text = stripInline(paragraph.trimmed()).trimmed(); !text.isEmpty())
            blocks.append(text);
        paragraph.clear();
    };
    auto closeList = [&] {
        if (!listItems.isEmpty())
            blocks.append(listItems.join(u'\n'));
        listItems.clear();
    };
    auto addHeading = [&](const QString &text, int level) {
        const QString h = stripInline(text).trimmed();
        if (h.isEmpty())
            return;
        // A heading before anything else is the article's headline.
        if (!titleTaken && blocks.isEmpty() && paragraph.isEmpty() && listItems.isEmpty() && level <= 2) {
            r.title = h;
            titleTaken = true;
            return;
        }
        blocks.append(h);
    };

    for (; i < lines.size(); ++i) {
        const QString &raw = lines[i];
        const Line l = classify(raw);
        switch (l.kind) {
        case LineKind::Blank:
            closeParagraph();
            closeList();
            break;
        case LineKind::Fence: {
            closeParagraph();
            closeList();
            const QString marker = raw.trimmed().left(3);
            QStringList code;
            for (++i; i < lines.size() && !lines[i].trimmed().startsWith(marker); ++i)
                code.append(lines[i]);
            if (!code.isEmpty())
                blocks.append(code.join(u'\n'));
            break;
        }
        case LineKind::AtxHeading:
            closeParagraph();
            closeList();
            addHeading(l.content, l.level);
            break;
        case LineKind::SetextRule:
            if (!paragraph.isEmpty()) {
                const QString text = paragraph;
                paragraph.clear();
                addHeading(text, l.level);
            } else {
                closeList();
            }
            break;
        case LineKind::ThematicBreak:
        case LineKind::TableRule:
        case LineKind::LinkDefinition:
            closeParagraph();
            break;
        case LineKind::ListItem:
            closeParagraph();
            if (const QString item = stripInline(l.content).trimmed(); !item.isEmpty())
                listItems.append(item);
            break;
        case LineKind::Quote:
        case LineKind::Text: {
            QString content = l.kind == LineKind::Quote ? l.content : raw;
            if (isTableRow(content)) {
                closeParagraph();
                listItems.append(stripInline(tableRow(content)));
                break;
            }
            if (!listItems.isEmpty() && raw.startsWith(u' ')) {
                listItems.last() += u' ' + stripInline(content.trimmed());
                break;
            }
            closeList();
            // Two trailing spaces or a backslash make a hard break; any other line break is soft.
            const bool hardBreak = content.endsWith(u"  ") || content.endsWith(u'\\');
            content = content.trimmed();
            if (hardBreak && content.endsWith(u'\\'))
                content.chop(1);
            if (!paragraph.isEmpty() && !paragraph.endsWith(u'\n'))
                paragraph += u' ';
            paragraph += content;
            if (hardBreak)
                paragraph += u'\n';
            break;
        }
        }
    }
    closeParagraph();
    closeList();
    blocks.removeAll(QString());
    r.text = blocks.join(u"\n\n");
    return r;
}

} // namespace dramatis
