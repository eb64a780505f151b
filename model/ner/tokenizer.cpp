#include "ner/tokenizer.h"

#include "ner/hugepagebuffer.h"
#include "ner/ordinarywords.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <QSet>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>

namespace dramatis {

namespace {

// Abbreviations after which a period does not end a sentence (checked case-sensitively, without the dot).
const char *const kAbbreviations[] = {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen",
    "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Det",
    "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Cos", "Mfg", "Assn", "Dept", "Univ", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu",
    "Fri", "Sat", "Sun", "vs", "etc", "No", "Nos", "Vol", "approx", "est", "Ave", "Blvd", "Rd", "Mt", "Ft",
    "Calif", "Conn", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis", "Ariz",
    "Colo", "Del", "Ga", "Ky", "La", "Md", "Mo", "Neb", "Nev", "Okla", "Ore", "Pa", "cf", "eg", "ie", "al"};

const QSet<QString> &abbreviationSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *a : kAbbreviations)
            s.insert(QString::fromLatin1(a));
        return s;
    }();
    return set;
}

struct Prototypes
{
    std::unique_ptr<icu::BreakIterator> word;
    std::unique_ptr<icu::BreakIterator> sentence;
};

// Creating ICU iterators loads rules; do it once and clone per call (clones are cheap and independent).
const Prototypes &prototypes()
{
    static const Prototypes p = [] {
        Prototypes r;
        UErrorCode status = U_ZERO_ERROR;
        r.word.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> sent(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
        if (U_SUCCESS(status) && builder) {
            for (const char *a : kAbbreviations) {
                UErrorCode s2 = U_ZERO_ERROR;
                builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(std::string(a) + "."), s2);
            }
            status = U_ZERO_ERROR;
            icu::BreakIterator *filtered = builder->build(sent.get(), status);
            if (U_SUCCESS(status) && filtered) {
                sent.release(); // adopted by the filtered iterator
                r.sentence.reset(filtered);
            }
        }
        if (!r.sentence)
            r.sentence = std::move(sent);
        return r;
    }();
    return p;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool isInitialismLike(QStringView w)
{
    // "U.S", "U.N", "e.g": letters separated by dots.
    if (w.size() < 3 || !w.contains(u'.'))
        return false;
    for (QChar c : w) {
        if (c != u'.' && !c.isLetter())
            return false;
    }
    return true;
}

// Whether a lower-case word after a name and a hyphen modifies it ("owned", "based", "led", "born",
// "style") rather than ending it: Korean given names are written "Heon-kyun", "Sun-young".
bool isModifierWord(QStringView w)
{
    return w.endsWith(u"ed") || w.endsWith(u"ing") || isOrdinaryWord(w) || w == u"born" || w == u"like"
        || w == u"wide" || w == u"free" || w == u"run" || w == u"made" || w == u"friendly" || w == u"only"
        || w == u"era" || w == u"class";
}

// "Google" + "owned": a capitalised word of two letters or more (not an initial, not "X-ray") before a
// hyphen and a word of lower-case letters after it that modifies it.
bool isNameAndModifier(const QString &text, const Token &left, qsizetype rightStart, qsizetype rightEnd)
{
    if (left.end - left.start < 2 || !text.at(left.start).isUpper())
        return false;
    for (qsizetype k = left.start; k < left.end; ++k) {
        if (!text.at(k).isLetter())
            return false;
    }
    if (rightEnd - rightStart < 2)
        return false;
    for (qsizetype k = rightStart; k < rightEnd; ++k) {
        if (!text.at(k).isLower())
            return false;
    }
    return isModifierWord(QStringView(text).mid(rightStart, rightEnd - rightStart));
}

bool startsUpper(const QString &text, const Token &t)
{
    return t.end > t.start && text.at(t.start).isUpper();
}

// The lines of a text grouped in blocks (runs of lines between blank lines), each with its longest line:
// the width a hard-wrapped block was wrapped to. Built once per text, in one pass.
class LineBlocks
{
public:
    explicit LineBlocks(const QString &text)
    {
        qsizetype blockStart = 0, lineStart = 0, width = 0;
        const qsizetype n = text.size();
        for (qsizetype k = 0; k <= n; ++k) {
            if (k < n && text.at(k) != u'\n')
                continue;
            const qsizetype length = k - lineStart;
            if (QStringView(text).mid(lineStart, length).trimmed().isEmpty()) {
                if (k > blockStart)
                    m_blocks.append({blockStart, lineStart, width});
                blockStart = k + 1;
                width = 0;
            } else {
                width = std::max(width, length);
            }
            lineStart = k + 1;
        }
        if (n > blockStart)
            m_blocks.append({blockStart, n, width});
    }
    // The width of the block holding position `at`.
    qsizetype widthAt(qsizetype at) const
    {
        auto it = std::upper_bound(
            m_blocks.cbegin(), m_blocks.cend(), at, [](qsizetype a, const Block &b) { return a < b.start; });
        return it == m_blocks.cbegin() ? 0 : std::prev(it)->width;
    }

private:
    struct Block
    {
        qsizetype start, end, width;
    };
    QList<Block> m_blocks;
};

// Whether the line that `before` ends was wrapped to a width and the text goes on in `after` on the next
// line: the line is long (headings, bylines and list items are short), does not end a sentence or a clause
// that introduces something, the next line starts no list item, and the next line's first word would not
// have fitted on it within the block's width (a line broken on purpose leaves room for it).
bool isWrappedLine(const QString &text, const LineBlocks &blocks, const Token &before, const Token &after)
{
    constexpr qsizetype MinWrappedLine = 50;
    const qsizetype lineStart = text.lastIndexOf(u'\n', before.start) + 1;
    const qsizetype line = before.end - lineStart;
    if (line < MinWrappedLine)
        return false;
    const QChar last = text.at(before.end - 1);
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u'"' || last == u'\u201D'
        || last == u')' || last == u']')
        return false;
    const QChar next = text.at(after.start);
    if (next == u'-' || next == u'*' || next == u'\u2022' || next.isDigit() || next == u'>' || next == u'|')
        return false;
    qsizetype word = after.start;
    while (word < text.size() && !text.at(word).isSpace())
        ++word;
    return line + 1 + (word - after.start) > blocks.widthAt(before.start);
}

// "J.": one capital letter and its period, as one token.
bool isNameInitial(const QList<Token> &toks, const QString &text, qsizetype i)
{
    const Token &t = toks[i];
    return t.end - t.start == 2 && text.at(t.start).isUpper() && text.at(t.start + 1) == u'.';
}

} // namespace

bool Tokenizer::isAbbreviation(QStringView word)
{
    // Asked of every word before a period: a view on the word's characters is looked up, not a copy.
    return abbreviationSet().contains(QString::fromRawData(word.data(), word.size()));
}

TokenizedText Tokenizer::tokenize(const QString &text, std::stop_token stop) const
{
    TokenizedText out;
    out.text = text;
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto n = text.size();
    if (n == 0)
        return out;

    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, chars, n, &status);
    std::unique_ptr<icu::BreakIterator> words(prototypes().word->clone());
    words->setText(&ut, status);

    // ICU's words, compact (half a Token each): a 5 MB article has a million of them, in huge pages.
    struct Raw
    {
        std::int32_t start;
        std::int32_t end;
        quint8 flags;
        qsizetype length() const { return end - start; }
        bool has(Token::Flag f) const { return (flags & f) != 0; }
    };
    HugeVector<Raw> raw;
    raw.reserve(std::size_t(n / 4) + 16); // news runs about five UTF-16 units a token
    int32_t begin = words->first();
    int counter = 0;
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE; begin = end, end = words->next()) {
        if ((++counter & 0xFFFF) == 0 && stop.stop_requested())
            break;
        const int32_t status32 = words->getRuleStatus();
        if (status32 >= UBRK_WORD_LETTER
            || (status32 >= UBRK_WORD_NUMBER && status32 < UBRK_WORD_NUMBER_LIMIT)) {
            raw.push_back(
                Raw {begin, end, quint8(status32 < UBRK_WORD_NUMBER_LIMIT ? Token::Number : Token::Word)});
            continue;
        }
        // Spaces vanish; any other run is punctuation or a symbol (an emoji sequence stays whole).
        bool allSpace = true;
        for (int32_t i = begin; i < end; ++i) {
            if (!QChar(text.at(i)).isSpace()) {
                allSpace = false;
                break;
            }
        }
        if (!allSpace)
            raw.push_back(Raw {begin, end, quint8(Token::Punctuation)});
    }

    // Newswire conventions on top of UAX #29 words. Run twice: once to count the tokens, once to write them
    // straight into a list of exactly that size (no per-token append, no spare capacity).
    const qsizetype rawCount = qsizetype(raw.size());
    auto conventions = [&](auto &&put) {
        for (qsizetype i = 0; i < rawCount; ++i) {
            Token t {raw[i].start, raw[i].end, raw[i].flags};
            // Hyphenated compounds: word-word(-word...) with no spaces. A name and a lower-case word
            // ("Google-owned", "Boston-based", "Lund-led") stay apart: the name is a mention of its own.
            while (t.has(Token::Word) || t.has(Token::Number)) {
                if (i + 2 < rawCount && raw[i + 1].start == t.end && raw[i + 1].length() == 1
                    && isHyphen(text.at(raw[i + 1].start)) && raw[i + 2].start == raw[i + 1].end
                    && (raw[i + 2].flags & (Token::Word | Token::Number))
                    && !isNameAndModifier(text, t, raw[i + 2].start, raw[i + 2].end)) {
                    t.end = raw[i + 2].end;
                    t.flags = Token::Word;
                    i += 2;
                } else {
                    break;
                }
            }
            // A period that belongs to the word: abbreviation, initial, initialism.
            if (t.has(Token::Word) && i + 1 < rawCount && raw[i + 1].start == t.end
                && raw[i + 1].length() == 1 && text.at(t.end) == u'.') {
                const QStringView w = QStringView(text).mid(t.start, t.length());
                const bool initial = w.size() == 1 && w.front().isUpper();
                if (initial || isInitialismLike(w) || isAbbreviation(w)) {
                    t.end += 1;
                    ++i;
                }
            }
            // Possessive: "Anthropic's" -> "Anthropic" + "'s".
            if (t.has(Token::Word) && t.length() > 2) {
                const QChar last = text.at(t.end - 1);
                if ((last == u's' || last == u'S') && isApostrophe(text.at(t.end - 2))) {
                    put(Token {t.start, t.end - 2, t.flags});
                    put(Token {t.end - 2, t.end, Token::Word});
                    continue;
                }
            }
            put(t);
        }
    };
    qsizetype count = 0;
    conventions([&count](const Token &) { ++count; });
    QList<Token> &toks = out.tokens;
    toks.reserve(count);
    adviseHugePages(toks.data(), std::size_t(count) * sizeof(Token)); // 24 MB for a 5 MB article
    toks.resize(count);
    Token *write = toks.data();
    conventions([&write](const Token &t) { *write++ = t; });
    HugeVector<Raw>().swap(raw);

    // Sentences, from the filtered sentence iterator (abbreviations do not end sentences).
    std::unique_ptr<icu::BreakIterator> sentences(prototypes().sentence->clone());
    status = U_ZERO_ERROR;
    sentences->setText(&ut, status);
    QList<int32_t> bounds;
    for (int32_t b = sentences->first(); b != icu::BreakIterator::DONE; b = sentences->next())
        bounds.append(b);
    utext_close(&ut);

    std::optional<LineBlocks> blocks; // made when a single line break is first met
    qsizetype bi = 0;
    qsizetype sentenceBegin = 0;
    qsizetype prevEnd = 0;
    for (qsizetype i = 0; i < toks.size(); ++i) {
        Token &t = toks[i];
        bool newSentence = i == 0;
        while (bi < bounds.size() && bounds[bi] <= t.start) {
            if (bounds[bi] >= prevEnd || i == 0)
                newSentence = true;
            ++bi;
        }
        // A blank line is a paragraph (and sentence) break, whatever ICU thought.
        int newlines = 0;
        for (qsizetype k = prevEnd; k < t.start; ++k) {
            if (text.at(k) == u'\n')
                ++newlines;
        }
        // An initial inside a name ends no sentence: "Donald J. Trump", "C. Eugene Steuerle", "Mary J. Holt".
        if (newSentence && i >= 1 && isNameInitial(toks, text, i - 1) && startsUpper(text, t)
            && (toks[i - 1].has(Token::SentenceStart)
                || (i >= 2 && toks[i - 2].has(Token::Word) && startsUpper(text, toks[i - 2]))))
            newSentence = false;
        // A hard-wrapped line (plain-text mail, RFCs, preformatted text) goes on after its newline: ICU ends
        // a sentence at every line break, which cuts "Peter\n    Svensson" in two.
        if (newSentence && newlines == 1 && i >= 1) {
            if (!blocks)
                blocks.emplace(text);
            if (isWrappedLine(text, *blocks, toks[i - 1], t))
                newSentence = false;
        }
        if (i == 0 || newlines >= 2) {
            t.flags |= Token::ParagraphStart;
            newSentence = true;
        }
        if (newSentence) {
            if (i > sentenceBegin)
                out.sentences.append(Sentence {sentenceBegin, i});
            sentenceBegin = i;
            t.flags |= Token::SentenceStart;
        }
        prevEnd = t.end;
    }
    if (toks.size() > sentenceBegin)
        out.sentences.append(Sentence {sentenceBegin, toks.size()});
    return out;
}

} // namespace dramatis
