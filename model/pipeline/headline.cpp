#include "pipeline/headline.h"

#include <QHash>

#include <algorithm>

#include <optional>
#include <vector>

namespace dramatis {

namespace {

// Letters only, folded: "Nvidia's" and "NVIDIA" both read "nvidia".
QString key(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
        else if (c.isSpace() && !out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    if (out.endsWith(u"s") && (text.endsWith(u"'s") || text.endsWith(u"\u2019s")))
        out.chop(1);
    return out.trimmed();
}

// Whether tokens [first, end) read as a title-case or all-caps line.
bool capitalised(const TokenizedText &text, qsizetype first, qsizetype end)
{
    qsizetype words = 0, upper = 0;
    bool lower = false;
    for (qsizetype i = first; i < end; ++i) {
        const QStringView w = text.tokenText(i);
        if (w.isEmpty() || !w.front().isLetter())
            continue;
        for (QChar c : w)
            lower = lower || c.isLower();
        if (w.size() < 4) // "of", "the", "and", "for": lower case in most title-case styles
            continue;
        ++words;
        if (w.front().isUpper())
            ++upper;
    }
    if (!lower)
        return words > 0;
    return words >= 3 && upper * 10 >= words * 8;
}

// What a text tags: whole mentions by their folded text, and the single words of its names.
struct Support
{
    QHash<QString, EntityType> whole;
    QHash<QString, EntityType> word;

    void add(const TokenizedText &text, const Mention &m)
    {
        const auto [first, end] = text.tokenRange(m.start, m.end);
        whole.insert(key(QStringView(text.text).mid(m.start, m.length())), m.type);
        // Any word of a person's name may stand for the person; of another name, only its first word
        // ("Nvidia" for "Nvidia Corp"): "Allergy" inside "Academy of Allergy" names nothing alone.
        qsizetype from = first;
        if (m.type != EntityType::Person && end - first > 1 && key(text.tokenText(first)) == u"the")
            ++from; // "The Guardian": "Guardian"
        const qsizetype words = m.type == EntityType::Person ? end : std::min(end, from + 1);
        for (qsizetype k = from; k < words; ++k) {
            const QString w = key(text.tokenText(k));
            if (w.size() > 1 && !word.contains(w))
                word.insert(w, m.type);
        }
    }

    // `m` cut down to its longest run of words the support names as a whole, else to one word of a
    // supported name; nothing if neither.
    std::optional<Mention> cut(const TokenizedText &text, const Mention &m) const
    {
        const auto [first, end] = text.tokenRange(m.start, m.end);
        for (qsizetype length = end - first; length > 0; --length) {
            for (qsizetype a = first; a + length <= end; ++a) {
                const qsizetype start = text.tokens[a].start;
                const qsizetype stop = text.tokens[a + length - 1].end;
                const auto found = whole.constFind(key(QStringView(text.text).mid(start, stop - start)));
                if (found != whole.constEnd()) {
                    Mention out = m;
                    out.start = start;
                    out.end = stop;
                    out.type = *found;
                    return out;
                }
            }
        }
        for (qsizetype a = first; a < end; ++a) {
            const auto found = word.constFind(key(text.tokenText(a)));
            if (found == word.constEnd())
                continue;
            Mention out = m;
            out.start = text.tokens[a].start;
            out.end = text.tokens[a].end;
            // A surname alone takes the person's type; a word the support only uses inside a longer name of
            // another type ("Diet" in "Diet Coke") does not overrule the line's own tag.
            if (*found == m.type || *found == EntityType::Person)
                out.type = *found;
            return out;
        }
        return std::nullopt;
    }
};

} // namespace

bool isCapitalisedHeadline(const TokenizedText &title)
{
    return capitalised(title, 0, title.tokens.size());
}

MentionList supportedHeadlineMentions(const TokenizedText &title, const MentionList &titleMentions,
    const TokenizedText &body, const MentionList &bodyMentions)
{
    Support support;
    for (const Mention &m : bodyMentions)
        support.add(body, m);
    if (!isCapitalisedHeadline(title)) {
        MentionList out = titleMentions;
        for (Mention &m : out) {
            const auto found = support.whole.constFind(key(QStringView(title.text).mid(m.start, m.length())));
            if (found != support.whole.constEnd())
                m.type = *found;
        }
        return out;
    }
    MentionList out;
    for (const Mention &m : titleMentions) {
        if (const auto kept = support.cut(title, m))
            out.append(*kept);
    }
    return out;
}

void filterCapitalisedLines(const TokenizedText &body, MentionList &mentions)
{
    // The short capitalised paragraphs: headings, related headlines, captions in title case.
    constexpr qsizetype MaxLineTokens = 25;
    const qsizetype n = body.tokens.size();
    std::vector<bool> inLine(n, false);
    bool any = false;
    for (qsizetype first = 0; first < n;) {
        qsizetype end = first + 1;
        while (end < n && !body.tokens[end].has(Token::ParagraphStart))
            ++end;
        const QStringView last = body.tokenText(end - 1);
        // A byline or credit ("By Nathan Willis", "A Story of Wall-Street by Herman Melville") names its
        // people on purpose.
        bool credit = false;
        for (qsizetype k = first; k < end && !credit; ++k) {
            const QStringView w = body.tokenText(k);
            credit = w.compare(u"by", Qt::CaseInsensitive) == 0
                || w.compare(u"photo", Qt::CaseInsensitive) == 0
                || w.compare(u"credit", Qt::CaseInsensitive) == 0 || w.startsWith(u'@');
        }
        // A sentence ends in a full stop, alone or in its last word ("... clashed on X.").
        if (!credit && end - first <= MaxLineTokens && !last.endsWith(u'.') && last != u"," && last != u";"
            && capitalised(body, first, end)) {
            std::fill(inLine.begin() + first, inLine.begin() + end, true);
            any = true;
        }
        first = end;
    }
    // A text of capitalised lines alone has no body to judge them by: the model's reading stands.
    if (!any || std::all_of(inLine.begin(), inLine.end(), [](bool in) { return in; }))
        return;
    auto firstToken = [&](const Mention &m) { return body.tokenRange(m.start, m.end).first; };
    Support support;
    for (const Mention &m : mentions) {
        const qsizetype t = firstToken(m);
        if (t < n && !inLine[t])
            support.add(body, m);
    }
    MentionList out;
    out.reserve(mentions.size());
    for (const Mention &m : mentions) {
        const qsizetype t = firstToken(m);
        if (t >= n || !inLine[t]) {
            out.append(m);
        } else if (const auto kept = support.cut(body, m)) {
            out.append(*kept);
        }
    }
    mentions = std::move(out);
}

} // namespace dramatis
