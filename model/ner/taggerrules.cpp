#include "ner/taggerrules.h"

#include "ner/bilou.h"
#include "ner/featurehash.h"
#include "ner/ordinarywords.h"
#include "ner/productnames.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

namespace dramatis {

namespace {

bool isTicker(QStringView w)
{
    if (w.isEmpty() || w.size() > 6)
        return false;
    bool letter = false;
    for (QChar c : w) {
        if (c.isUpper())
            letter = true;
        else if (!c.isDigit() && c != u'.')
            return false;
    }
    return letter;
}

void labelExchangeTickers(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    const int org = bilou::label(EntityType::Organization, bilou::Unit);
    for (qsizetype i = 0; i + 4 < n; ++i) {
        if (tokens.tokenText(i) != u"(" || tokens.tokenText(i + 2) != u":")
            continue;
        const QStringView close = tokens.tokenText(i + 4);
        if (close != u")" && close != u"," && close != u";")
            continue;
        if (labels[i] != bilou::Outside || labels[i + 2] != bilou::Outside || labels[i + 4] != bilou::Outside)
            continue;
        if (!(gazetteer.lookupWord(tokens.tokenText(i + 1)) & Gazetteer::KnownOrganization)
            || !isTicker(tokens.tokenText(i + 3)))
            continue;
        labels[i + 1] = org;
        labels[i + 3] = org;
    }
}

// Abbreviations that are no names when written in capitals, and are words or names otherwise ("ID" but
// "Id", "AM" but "Am", "IT" but "It"): times of day and time zones ("8 AM", "9 PM PT"), the currencies
// prices are quoted in, and the shorthand of running text, read as a person or a company. A place stays
// ("Boise, ID", "Hartford, CT"), and so does Other, which is how CoNLL-2003 writes "1400 GMT". They are kept
// out of the gazetteer, whose categories the model reads for every case of a word.
bool isCapitalsAbbreviation(QStringView w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
            {"AM", "PM", "ET", "PT", "CT", "MT", "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT",
                "PST", "PDT", "BST", "CET", "CEST", "EET", "IST", "JST", "AEST", "AEDT", "USD", "EUR", "GBP",
                "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "KRW", "RUB", "BRL",
                "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "ILS", "AED", "ID", "IDs", "OK", "IT", "XYZ",
                "PII", "TBD", "TBA", "FYI", "ASAP", "DIY", "RSVP", "PS", "NB", "AKA", "ETA", "MVP", "SEO",
                "API", "APIs", "IDE", "IDEs", "LAN", "WAN", "URL", "URLs", "PDF", "PDFs", "APK", "ZIP", "CSV",
                "JSON", "HTML", "CSS", "USB", "CPU", "GPU", "RAM", "SSD", "VPN", "SDK", "UI", "UX", "OS"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    if (w.size() < 2 || w.size() > 4 || !w.front().isUpper() || !w[1].isUpper())
        return false;
    return words.contains(QString::fromRawData(w.data(), w.size())); // a view, not a copy
}

void dropCommonAcronyms(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] == bilou::Outside)
            continue;
        const QStringView w = tokens.tokenText(i);
        const EntityType type = bilou::typeOf(labels[i]);
        // "I'm", "I've": the pronoun with its verb, one token, is no name of any type.
        if (bilou::partOf(labels[i]) == bilou::Unit && w.size() >= 3 && w.size() <= 4 && w.front() == u'I'
            && (w[1] == u'\'' || w[1] == u'\u2019')) {
            labels[i] = bilou::Outside;
            continue;
        }
        const bool abbreviation
            = isCapitalsAbbreviation(w) && (type == EntityType::Person || type == EntityType::Organization);
        if (bilou::partOf(labels[i]) == bilou::Unit
            && ((gazetteer.lookupWord(w) & Gazetteer::CommonAcronym) || abbreviation)) {
            labels[i] = bilou::Outside;
            continue;
        }
        // "9 PM PT": a time's abbreviations together are no more a name than one of them.
        if (bilou::partOf(labels[i]) == bilou::Begin && abbreviation) {
            qsizetype j = i;
            while (j < n && isCapitalsAbbreviation(tokens.tokenText(j))
                && bilou::partOf(labels[j]) != bilou::Last)
                ++j;
            if (j < n && bilou::partOf(labels[j]) == bilou::Last
                && isCapitalsAbbreviation(tokens.tokenText(j))) {
                for (qsizetype k = i; k <= j; ++k)
                    labels[k] = bilou::Outside;
                i = j;
            }
        }
    }
}

// Whether `w` is written the way a legal form is after a company's name: "Inc", "GmbH", "SpA", "LLC", "plc".
// Two-letter forms ("AS", "AG", "SA", "AB") are also English words and initials, so only their capitals
// count; "Co" only with its period.
bool isDesignatorForm(QStringView w)
{
    if (w == u"plc")
        return true;
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    qsizetype letters = 0;
    bool lower = false;
    for (QChar c : w) {
        if (c.isLetter()) {
            ++letters;
            lower = lower || c.isLower();
        }
    }
    if (letters <= 2)
        return !lower || w == u"Co.";
    return true;
}

// A word that can be part of a company's name: capitalised, and not "Louis-based" or "Oslo-listed".
bool isNameWord(QStringView w)
{
    if (w.isEmpty() || !w.front().isUpper())
        return false;
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash < 0 || dash + 1 == w.size() || !w[dash + 1].isLower();
}

bool hasLowerCase(QStringView w)
{
    return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); });
}

// Labels tokens [first, end) as one mention of `type` (Begin..Last, or Unit if one token).
void labelMention(std::vector<int> &labels, qsizetype first, qsizetype end, EntityType type)
{
    if (end - first == 1) {
        labels[first] = bilou::label(type, bilou::Unit);
        return;
    }
    labels[first] = bilou::label(type, bilou::Begin);
    for (qsizetype k = first + 1; k + 1 < end; ++k)
        labels[k] = bilou::label(type, bilou::Inside);
    labels[end - 1] = bilou::label(type, bilou::Last);
}

// Tokens [first, end) become one organisation (`first` starts a mention or none); a mention reaching out of
// it to the right keeps its rest.
void makeOrganisation(
    std::vector<int> &labels, std::vector<float> *confidence, qsizetype first, qsizetype end)
{
    const qsizetype n = qsizetype(labels.size());
    if (end < n && labels[end] != bilou::Outside) {
        const bilou::Part p = bilou::partOf(labels[end]);
        if (p == bilou::Inside || p == bilou::Last) {
            qsizetype e = end;
            while (e < n && bilou::partOf(labels[e]) != bilou::Last)
                ++e;
            labelMention(labels, end, std::min(n, e + 1), bilou::typeOf(labels[end]));
        }
    }
    labelMention(labels, first, end, EntityType::Organization);
    if (confidence) {
        for (qsizetype k = first; k < end; ++k)
            (*confidence)[k] = LegalFormConfidence;
    }
}

// A mention: tokens [first, end) of one type.
struct Span
{
    qsizetype first = 0;
    qsizetype end = 0;
    EntityType type = EntityType::Misc;
};

std::vector<Span> spansOf(const std::vector<int> &labels)
{
    std::vector<Span> out;
    const qsizetype n = qsizetype(labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] == bilou::Outside)
            continue;
        qsizetype j = i;
        while (
            j + 1 < n && bilou::partOf(labels[j]) != bilou::Unit && bilou::partOf(labels[j]) != bilou::Last)
            ++j;
        out.push_back({i, j + 1, bilou::typeOf(labels[i])});
        i = j;
    }
    return out;
}

// The end of the mention that starts at token `first` (a Begin or Unit label).
qsizetype mentionEnd(const std::vector<int> &labels, qsizetype first)
{
    qsizetype last = first;
    while (last + 1 < qsizetype(labels.size()) && bilou::partOf(labels[last]) != bilou::Last
        && bilou::partOf(labels[last]) != bilou::Unit)
        ++last;
    return last + 1;
}

// Splits the mention of tokens [first, end) at the joining token `at` ("," or "and"): [first, at) keeps
// `type`, the token at `at` goes out, [at + 1, end) becomes `tailType`.
void splitMention(std::vector<int> &labels, qsizetype first, qsizetype at, qsizetype end, EntityType type,
    EntityType tailType)
{
    labelMention(labels, first, at, type);
    labels[at] = bilou::Outside;
    labelMention(labels, at + 1, end, tailType);
}

// '"SRL" is the Italian equivalent of "LLC"': a legal form on its own names no company.
void dropBareLegalForms(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    for (const Span &s : spansOf(labels)) {
        bool bare = true;
        for (qsizetype k = s.first; k < s.end && bare; ++k) {
            const QStringView w = tokens.tokenText(k);
            bare = isDesignatorForm(w) && (gazetteer.lookupWord(w) & Gazetteer::CorporateDesignator);
        }
        if (bare)
            std::fill(labels.begin() + s.first, labels.begin() + s.end, bilou::Outside);
    }
}

void labelLegalForms(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels,
    std::vector<float> *confidence)
{
    const qsizetype n = tokens.tokens.size();
    qsizetype sentence = 0; // first token of the current sentence
    bool headline = false; // the current sentence has no lower-case word: an all-caps headline
    for (qsizetype i = 0; i < n; ++i) {
        if (i == 0 || tokens.tokens[i].has(Token::SentenceStart)) {
            sentence = i;
            headline = true;
            for (qsizetype k = i; k < n && (k == i || !tokens.tokens[k].has(Token::SentenceStart)); ++k) {
                if (hasLowerCase(tokens.tokenText(k))) {
                    headline = false;
                    break;
                }
            }
            continue; // a designator needs a name before it
        }
        const QStringView w = tokens.tokenText(i);
        if (headline || !isDesignatorForm(w) || !(gazetteer.lookupWord(w) & Gazetteer::CorporateDesignator))
            continue;
        if (!isNameWord(tokens.tokenText(i - 1)))
            continue;
        // "New York AG", "Cape Town SA": an attorney general, a country, after a place the model found.
        const bool shortForm = std::count_if(w.begin(), w.end(), [](QChar c) { return c.isLetter(); }) <= 2;
        if (shortForm && labels[i - 1] != bilou::Outside
            && bilou::typeOf(labels[i - 1]) == EntityType::Location)
            continue;
        // A designator the model already put inside an organisation is nothing to do.
        if (labels[i] != bilou::Outside && bilou::typeOf(labels[i]) == EntityType::Organization)
            continue;
        qsizetype first = i - 1;
        if (labels[i - 1] == bilou::label(EntityType::Organization, bilou::Unit)
            || labels[i - 1] == bilou::label(EntityType::Organization, bilou::Last)) {
            // The model found the company and left out only its legal form ("Pemberton Holdings plc"): its
            // start stands, since tables and bylines put capitalised words before names.
            while (
                bilou::partOf(labels[first]) != bilou::Begin && bilou::partOf(labels[first]) != bilou::Unit)
                --first;
        } else {
            // The name: the capitalised words before the designator ("Procter & Gamble Co."). The sentence's
            // first word counts if the model or the gazetteer takes it for part of a name ("Halvorsen", not
            // "The").
            while (first - 1 > sentence) {
                const QStringView prev = tokens.tokenText(first - 1);
                if (isNameWord(prev) || (prev == u"&" && isNameWord(tokens.tokenText(first - 2))))
                    --first;
                else
                    break;
            }
            if (first - 1 == sentence) {
                const QStringView opening = tokens.tokenText(sentence);
                if (isNameWord(opening)
                    && (labels[sentence] != bilou::Outside || gazetteer.lookupWord(opening) != 0))
                    first = sentence;
            }
            // A mention reaching into the name from the left takes it all ("Ursula von der Leyen").
            while (first > sentence && labels[first] != bilou::Outside
                && bilou::partOf(labels[first]) != bilou::Begin
                && bilou::partOf(labels[first]) != bilou::Unit)
                --first;
        }
        makeOrganisation(labels, confidence, first, i + 1);
    }
}

bool isLowerWord(QStringView w)
{
    return !w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isLower() || c == u'-'; });
}

bool isIn(QStringView w, std::initializer_list<QStringView> list)
{
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Nouns that make the name before them a product, app, model or service ("the Gemini model", "Siri voice
// assistant", "Pixel phones").
bool isProductHead(QStringView w)
{
    // Asked of the words after every mention: a set, not a list to walk.
    static const QSet<QStringView> heads {u"app", u"apps", u"application", u"assistant", u"assistants",
        u"chatbot", u"chatbots", u"bot", u"model", u"models", u"platform", u"platforms", u"service",
        u"browser", u"browsers", u"chip", u"chips", u"processor", u"processors", u"headset", u"headsets",
        u"smartphone", u"smartphones", u"phone", u"phones", u"handset", u"handsets", u"console", u"consoles",
        u"tablet", u"tablets", u"laptop", u"laptops", u"software", u"extension", u"plugin", u"plug-in",
        u"cereal", u"drink", u"vaccine", u"device", u"devices", u"gadget", u"speaker", u"speakers",
        u"smartwatch", u"earbuds", u"glasses", u"wallet", u"engine", u"screen", u"screens", u"display",
        u"displays", u"sedan", u"sedans", u"drone", u"drones", u"subscription", u"feature", u"features",
        u"update", u"codec", u"framework", u"library", u"protocol", u"operating", u"capsule", u"spacecraft",
        u"rocket", u"rockets", u"satellite", u"satellites", u"telescope", u"lander", u"rover", u"airliner",
        u"missile", u"missiles", u"drug", u"drugs", u"pill", u"pills", u"medication"};
    return heads.contains(w);
}

// Lower-case words that may stand between a name and its head noun ("Gemini language model", "Siri voice
// assistant"): anything but the small words and verbs of a sentence going on ("Smith said the app").
bool isModifier(QStringView w)
{
    // "the Gemini AI model", "an LLM chatbot": an abbreviation in capitals modifies too.
    if (w.size() >= 2 && w.size() <= 4
        && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isUpper() || c.isDigit(); }))
        return w.front().isUpper() || w.back().isUpper();
    // The small words and verbs of a sentence going on ("Smith said the app"), a set as above.
    static const QSet<QStringView> sentenceWords {u"the", u"and", u"for", u"with", u"from", u"that", u"this",
        u"which", u"who", u"said", u"says", u"told", u"was", u"were", u"has", u"had", u"have", u"will",
        u"would", u"could", u"should", u"can", u"may", u"might", u"also", u"not", u"but", u"its", u"their",
        u"his", u"her", u"our", u"into", u"over", u"after", u"before", u"about", u"added", u"wrote", u"asked",
        u"plans", u"wants", u"uses", u"used", u"makes", u"made", u"sells", u"sold", u"launched", u"released",
        u"built", u"bought", u"owns", u"runs"};
    return isLowerWord(w) && w.size() > 2 && !sentenceWords.contains(w);
}

bool isPossessive(QStringView w)
{
    return w == u"'s" || w == u"\u2019s" || w == u"'" || w == u"\u2019";
}

// nameWords() into a list of the caller's choice.
template<typename List> List nameWordsIn(const TokenizedText &tokens, qsizetype first, qsizetype end)
{
    List out;
    out.reserve(end - first);
    for (qsizetype k = first; k < end; ++k) {
        QStringView w = tokens.tokenText(k);
        if (isPossessive(w))
            continue;
        if (w.endsWith(u"'s") || w.endsWith(u"\u2019s"))
            w.chop(2);
        out.append(w);
    }
    return out;
}

// The words of a name held on the stack: the rules read those of most mentions of a text.
using NameWordList = QVarLengthArray<QStringView, 8>;
NameWordList nameWordList(const TokenizedText &tokens, qsizetype first, qsizetype end)
{
    return nameWordsIn<NameWordList>(tokens, first, end);
}

// "Katie Allen, MD, PhD": the degrees after a person's name are no place ("MD" is also Maryland's
// abbreviation) and no company. Each is taken only after a comma that follows the person or another degree.
bool isDegree(QStringView w)
{
    return isIn(w,
        {u"MD", u"M.D.", u"PhD", u"Ph.D.", u"Ph.D", u"DPhil", u"MBA", u"MPH", u"MSc", u"BSc", u"RN", u"DDS",
            u"DMD", u"DVM", u"JD", u"J.D.", u"EdD", u"PsyD", u"PharmD", u"FRCP", u"FRCS", u"FACS", u"FACP",
            u"CPA", u"CFA", u"Esq", u"Esq.", u"MBBS", u"LLM", u"OBE", u"MBE", u"CBE", u"KBE"});
}

void dropDegreesAfterPeople(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    bool afterPerson = false; // the previous token closes a person's name or a degree after one
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView w = tokens.tokenText(i);
        if (w == u"," && afterPerson && i + 1 < n && isDegree(tokens.tokenText(i + 1))) {
            const int next = labels[i + 1];
            if (next == bilou::Outside || bilou::partOf(next) == bilou::Unit) {
                labels[i + 1] = bilou::Outside;
                ++i;
                continue; // afterPerson holds: another degree may follow
            }
        }
        afterPerson = labels[i] != bilou::Outside && bilou::typeOf(labels[i]) == EntityType::Person
            && (bilou::partOf(labels[i]) == bilou::Last || bilou::partOf(labels[i]) == bilou::Unit);
    }
}

bool knownAsCompany(const TokenizedText &tokens, const Gazetteer &gazetteer, const Span &s)
{
    for (qsizetype k = s.first; k < s.end; ++k) {
        QStringView w = tokens.tokenText(k);
        if (w.endsWith(u"'s") || w.endsWith(u"\u2019s"))
            w.chop(2);
        if (gazetteer.lookupWord(w) & Gazetteer::KnownOrganization)
            return true;
    }
    return false;
}

// The name's text, folded, possessive dropped: what every mention of one product shares.
QString nameKey(const TokenizedText &tokens, qsizetype first, qsizetype end)
{
    QString out;
    if (end > first)
        out.reserve(tokens.tokens[end - 1].end - tokens.tokens[first].start);
    for (QStringView w : nameWordList(tokens, first, end)) {
        if (!out.isEmpty())
            out.append(u' ');
        // Rules key every mention of a text: an ASCII word, whose case folding is its lower case, is folded
        // in place rather than copied twice.
        if (std::all_of(w.begin(), w.end(), [](QChar c) { return c.unicode() < 128; })) {
            for (QChar c : w)
                out.append(c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c);
        } else {
            out.append(w.toString().toCaseFolded());
        }
    }
    return out;
}

// The words of the people the text names in full (two words or more).
QSet<QStringView> wordsOfFullNames(const TokenizedText &tokens, const std::vector<Span> &spans)
{
    QSet<QStringView> words;
    for (const Span &s : spans) {
        if (s.type == EntityType::Person && s.end - s.first >= 2) {
            for (qsizetype k = s.first; k < s.end; ++k)
                words.insert(tokens.tokenText(k));
        }
    }
    return words;
}

// Whether the words after a mention name what it is: a product. Forms: "X model", "X language model",
// "X, Anthropic's chatbot", "X, the company's voice assistant", "X, its app".
bool productAfter(const TokenizedText &tokens, qsizetype end)
{
    const qsizetype n = tokens.tokens.size();
    qsizetype k = end;
    if (k < n && isPossessive(tokens.tokenText(k)))
        return false; // "X's app": X makes it
    // A release number the model left out of the name: "the Pixel 9, its newest phone".
    if (k < n && tokens.tokens[k].has(Token::Number) && k + 1 < n && tokens.tokenText(k + 1) == u",")
        ++k;
    if (k < n && tokens.tokenText(k) == u",") {
        // The apposition: "the company's", "its", "Google's", "the" before the noun.
        ++k;
        const bool determiner = k < n
            && (tokens.tokenText(k) == u"the" || tokens.tokenText(k) == u"a" || tokens.tokenText(k) == u"an");
        if (determiner)
            ++k;
        if (k < n && (tokens.tokenText(k) == u"its" || tokens.tokenText(k) == u"their")) {
            ++k;
        } else if (k < n && !tokens.tokenText(k).isEmpty()
            && (tokens.tokenText(k).front().isUpper() || tokens.tokenText(k) == u"company"
                || tokens.tokenText(k) == u"firm" || tokens.tokenText(k) == u"company's"
                || tokens.tokenText(k) == u"firm's")) {
            const QStringView owner = tokens.tokenText(k);
            ++k;
            if (owner.endsWith(u"'s") || owner.endsWith(u"\u2019s")) {
                // "Anthropic's" as one token
            } else if (k < n && isPossessive(tokens.tokenText(k))) {
                ++k;
            } else if (isModifier(owner)) {
                --k; // "Claude, an AI model": no owner, a modifier
            } else if (determiner && k < n
                && (isProductHead(tokens.tokenText(k)) || isModifier(tokens.tokenText(k)))) {
                // "Gemini, the Google model": the maker's name before the noun
            } else {
                return false;
            }
        } else {
            return false;
        }
    }
    for (int modifiers = 0; k < n && modifiers <= 2; ++k, ++modifiers) {
        const QStringView w = tokens.tokenText(k);
        if (w == u"operating")
            return k + 1 < n && tokens.tokenText(k + 1) == u"system";
        // The head ends the noun phrase: "Orvex's chip designer" is a person.
        if (isProductHead(w))
            return k + 1 >= n
                || !isIn(tokens.tokenText(k + 1),
                    {u"designer", u"designers", u"maker", u"makers", u"engineer", u"engineers", u"developer",
                        u"developers", u"chief", u"head", u"executive", u"manager", u"team", u"division",
                        u"unit", u"business", u"lead", u"architect", u"analyst", u"expert", u"researcher",
                        u"supplier", u"vendor", u"startup", u"company", u"firm", u"giant", u"provider"});
        if (!isModifier(w))
            return false;
    }
    return false;
}

// Whether the words before a mention announce a product's name: "a model dubbed X", "an app called X",
// "the maker of X".
bool productBefore(const TokenizedText &tokens, qsizetype first)
{
    if (first < 2)
        return false;
    // "the maker of Call of Duty", "the creator of Fortnite": what a company makes. (A developer may build
    // a place, a publisher a newspaper.)
    if (tokens.tokenText(first - 1) == u"of"
        && isIn(tokens.tokenText(first - 2),
            {u"maker", u"makers", u"creator", u"creators", u"manufacturer", u"manufacturers"}))
        return true;
    const QStringView verb = tokens.tokenText(first - 1);
    if (!isIn(verb, {u"dubbed", u"called", u"named", u"nicknamed", u"branded", u"codenamed", u"code-named"}))
        return false;
    for (qsizetype k = first - 2; k >= 0 && k >= first - 4; --k) {
        // Before "called", more nouns name made things than after a name ("a skin patch called X").
        if (isProductHead(tokens.tokenText(k))
            || isIn(tokens.tokenText(k),
                {u"drug", u"drugs", u"medication", u"medicine", u"pill", u"patch", u"treatment", u"therapy",
                    u"test", u"tool", u"tools", u"game", u"robot", u"car", u"truck", u"rocket", u"satellite",
                    u"spacecraft", u"telescope", u"program", u"programme", u"product", u"products", u"brand",
                    u"system", u"algorithm", u"virus", u"malware", u"ransomware", u"variant"}))
            return true;
        if (!isModifier(tokens.tokenText(k)))
            return false;
    }
    return false;
}

bool isDigits(QStringView w)
{
    return !w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
}

// "2.8", "1.6.0", "17.1": a release's version number, two or three parts of at most two digits each after
// a first part of one or two ("14.12" is also a football score, but not after a lower-case word).
bool isVersion(QStringView w)
{
    const QList<QStringView> parts = w.split(u'.');
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    for (QStringView p : parts) {
        if (p.size() > 2 || !isDigits(p))
            return false;
    }
    return true;
}

// Products, models, apps and services named like people or companies go to Other (MISC). One cue anywhere
// in the document is enough: every mention of the same name is the product. A name the gazetteer knows as
// an organisation of today's news is the maker ("the Google app", "the Uber app") and keeps its type.
void labelProducts(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    // First names the text gives a person in full: "Claude" in "Claude Monet" is a person everywhere. Read
    // when first needed: few texts have a product's cue.
    std::optional<QSet<QStringView>> personalWords;
    // "Anthropic's Claude", "Amazon's Alexa": a first name alone after a known company's possessive is what
    // the company makes ("Tesla's Musk" is a surname, "Google's Sundar Pichai" a full name).
    const auto ownedName = [&](std::size_t i) {
        const Span &s = spans[i];
        if (s.end - s.first != 1 || i == 0 || s.first < 2 || !isPossessive(tokens.tokenText(s.first - 1))
            || (s.type != EntityType::Person && s.type != EntityType::Location))
            return false;
        const Span &owner = spans[i - 1];
        if (owner.end != s.first - 1 || owner.type != EntityType::Organization
            || !knownAsCompany(tokens, gazetteer, owner))
            return false;
        const QStringView w = tokens.tokenText(s.first);
        const std::uint16_t c = gazetteer.lookupWord(w);
        if (!(c & (Gazetteer::FirstName | Gazetteer::FirstNameCommon)) || (c & Gazetteer::SurnameCommon))
            return false;
        if (!personalWords)
            personalWords = wordsOfFullNames(tokens, spans);
        return !personalWords->contains(w);
    };
    QSet<QString> products;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        if (s.type == EntityType::Misc)
            continue;
        // "Kestrel, the Orvex model": the name in the apposition is the maker of the one before it.
        const bool maker = i > 0 && s.first >= 3 && spans[i - 1].end == s.first - 2
            && tokens.tokenText(s.first - 2) == u","
            && isIn(tokens.tokenText(s.first - 1), {u"the", u"a", u"an"});
        // "Raspberry Pi 3 is now available": a company's name with a release number and a verb after it is
        // its product ("Leeds 1 Chelsea 2", "Surrey 7 for 2" are scores).
        const qsizetype n = tokens.tokens.size();
        const bool release = s.type == EntityType::Organization && s.end + 1 < n
            && tokens.tokens[s.end].has(Token::Number) && tokens.tokenText(s.end).size() <= 2
            && isDigits(tokens.tokenText(s.end))
            && isIn(tokens.tokenText(s.end + 1),
                {u"is", u"was", u"has", u"had", u"will", u"would", u"can", u"comes", u"came", u"costs",
                    u"cost", u"offers", u"features", u"uses", u"ships", u"shipped", u"launched", u"arrives",
                    u"arrived", u"supports", u"sells", u"sold", u"boasts", u"brings", u"adds"});
        // "data mining with QGIS 2.8": a dotted version after a name read as a company or person, in
        // running text. Results tables put scores and times there ("Adelaide 14.12 (96)", "Williams
        // 1:29.4"), always with more figures after them, and at the start of a line.
        const bool version = s.type != EntityType::Location && s.first > 0 && s.end < n
            && isLowerWord(tokens.tokenText(s.first - 1)) && isVersion(tokens.tokenText(s.end))
            && (s.end + 1 >= n
                || !(tokens.tokens[s.end + 1].has(Token::Number)
                    || isIn(tokens.tokenText(s.end + 1),
                        {u"(", u"-", u"%", u"percent", u"pct", u"points", u"million", u"billion", u"per",
                            u"seconds", u"sec", u"mph", u"km", u"kg"})));
        // "the Arduino IDE", "the Vulkan SDK": a developer's tool.
        const bool tool = s.end - s.first >= 2 && isIn(tokens.tokenText(s.end - 1), {u"IDE", u"SDK"});
        // The gazetteer is asked last: its lookups cost more than the cues, which most names lack.
        if (((productAfter(tokens, s.end) && !maker) || productBefore(tokens, s.first) || ownedName(i)
                || release || version || tool)
            && !knownAsCompany(tokens, gazetteer, s))
            products.insert(nameKey(tokens, s.first, s.end));
    }
    if (products.isEmpty())
        return;
    for (const Span &s : spans) {
        if (s.type != EntityType::Misc && products.contains(nameKey(tokens, s.first, s.end)))
            labelMention(labels, s.first, s.end, EntityType::Misc);
    }
}

// Head words that say what a name is, whatever the model made of the rest: "Ellis Island", "Mount Kenya",
// "Hurricane Helene", "Kennedy Center". Only a person is corrected: the model's places and companies with
// such words are mostly right, and its people there never are.
void applyHeadWords(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    static constexpr std::initializer_list<QStringView> PlaceHeads
        = {u"Island", u"Islands", u"Mountain", u"Mountains", u"River", u"Lake", u"Bay", u"Hall", u"Street",
            u"Avenue", u"Road", u"Square", u"Park", u"Bridge", u"Airport", u"Valley", u"Beach", u"Canyon",
            u"County", u"Strait", u"Sea", u"Ocean", u"Desert", u"Peninsula", u"Falls", u"Harbor", u"Harbour",
            u"Gulf", u"Glacier", u"Reef", u"Heights", u"Plaza", u"Boulevard", u"Stadium", u"Arena"};
    static constexpr std::initializer_list<QStringView> OrganisationHeads
        = {u"Center", u"Centre", u"Institute", u"University", u"College", u"Foundation", u"Hospital",
            u"Museum", u"Council", u"Committee", u"Commission", u"Agency", u"Department", u"Ministry",
            u"Association", u"Society", u"Academy", u"Federation", u"Authority", u"Corporation", u"Company"};
    static constexpr std::initializer_list<QStringView> StormWords
        = {u"Hurricane", u"Typhoon", u"Cyclone", u"Storm"};
    static constexpr std::initializer_list<QStringView> PlacePrefixes
        = {u"Mount", u"Mt.", u"Lake", u"Cape", u"Fort"};
    for (const Span &span : spansOf(labels)) {
        Span s = span;
        // A storm's name is an event, whatever the model made of it ("Hurricane Helene").
        const bool storm = (s.first > 0 && labels[s.first - 1] == bilou::Outside
                               && isIn(tokens.tokenText(s.first - 1), StormWords))
            || isIn(tokens.tokenText(s.first), StormWords);
        if (storm) {
            if (!isIn(tokens.tokenText(s.first), StormWords))
                --s.first;
            labelMention(labels, s.first, s.end, EntityType::Misc);
            continue;
        }
        if (s.type != EntityType::Person)
            continue;
        // A head word the model left outside: "Kennedy" + "Center", "Ellis" + "Island".
        if (s.end < n && labels[s.end] == bilou::Outside && !tokens.tokens[s.end].has(Token::SentenceStart)) {
            const QStringView next = tokens.tokenText(s.end);
            if (isIn(next, PlaceHeads) || isIn(next, OrganisationHeads))
                ++s.end;
        }
        if (s.first > 0 && labels[s.first - 1] == bilou::Outside
            && isIn(tokens.tokenText(s.first - 1), PlacePrefixes))
            --s.first;
        const QStringView head = tokens.tokenText(s.end - 1);
        EntityType type = EntityType::Person;
        if (isIn(tokens.tokenText(s.first), PlacePrefixes) || isIn(head, PlaceHeads))
            type = EntityType::Location;
        else if (isIn(head, OrganisationHeads))
            type = EntityType::Organization;
        if (type != EntityType::Person)
            labelMention(labels, s.first, s.end, type);
    }
}

// "Google-owned", "Boston-based": the tokenizer keeps the name apart from its modifier, which a model
// trained on 1996 news (where such compounds are one token of Other) reads as Other. A known organisation or
// place there takes its type.
void typeNamesBeforeModifiers(
    const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Misc || s.end - s.first != 1 || s.end + 1 >= n
            || tokens.tokenText(s.end) != u"-" || tokens.tokens[s.end].start != tokens.tokens[s.first].end
            || !isLowerWord(tokens.tokenText(s.end + 1)))
            continue;
        const std::uint16_t c = gazetteer.lookupWord(tokens.tokenText(s.first));
        if (c & Gazetteer::KnownOrganization)
            labelMention(labels, s.first, s.end, EntityType::Organization);
        else if (c & (Gazetteer::Country | Gazetteer::City | Gazetteer::Region))
            labelMention(labels, s.first, s.end, EntityType::Location);
    }
}

// A person's name takes the initial the model left before it, or read as a mention of its own: "C. Eugene
// Steuerle", "J. Robert Oppenheimer".
void joinLeadingInitials(const TokenizedText &tokens, std::vector<int> &labels)
{
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Person || s.first == 0
            || (labels[s.first - 1] != bilou::Outside && bilou::partOf(labels[s.first - 1]) != bilou::Unit))
            continue;
        const QStringView initial = tokens.tokenText(s.first - 1);
        if (initial.size() == 2 && initial.front().isUpper() && initial.back() == u'.')
            labelMention(labels, s.first - 1, s.end, EntityType::Person);
    }
}

bool isTitleWord(const Gazetteer &gazetteer, QStringView w)
{
    return isLowerWord(w) && (gazetteer.lookupWord(w) & (Gazetteer::JobTitle | Gazetteer::Honorific));
}

// Appositions and premodifiers that say who is a person and who an employer:
// - "Sundar Pichai, the company's chief executive", "Jon Hale, its finance chief", "Ana Ruiz, Orvex's
//   founder": the name before the job title is a person, whatever the model made of it;
// - "another Brightline vice president", "a Brightline spokeswoman": the name inside is the employer, where
//   the model saw Other (a nationality stays one: "a French spokesman").
void applyRoleContext(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Person && s.end < n && tokens.tokenText(s.end) == u","
            && s.end - s.first <= 4 && !knownAsCompany(tokens, gazetteer, s)) {
            qsizetype k = s.end + 1;
            if (k < n && isIn(tokens.tokenText(k), {u"the", u"a", u"an"}))
                ++k;
            bool owner = false;
            if (k < n && isIn(tokens.tokenText(k), {u"its", u"their"})) {
                owner = true;
                ++k;
            } else if (k + 1 < n && isPossessive(tokens.tokenText(k + 1))
                && (isIn(tokens.tokenText(k), {u"company", u"firm", u"group", u"bank", u"agency"})
                    || labels[k] != bilou::Outside)) {
                owner = true;
                k += 2;
            }
            bool title = false;
            for (qsizetype m = 0; owner && k < n && m < 3 && !title; ++k, ++m)
                title = isTitleWord(gazetteer, tokens.tokenText(k));
            // The title must close the apposition: in "the Port of Rotterdam, its chief executive Marta
            // Kowalczyk said" it belongs to the name after it.
            while (title && k < n && isLowerWord(tokens.tokenText(k))
                && isTitleWord(gazetteer, tokens.tokenText(k)))
                ++k;
            if (title && k < n && (labels[k] != bilou::Outside || tokens.tokenText(k).front().isUpper()))
                title = false;
            if (title) {
                labelMention(labels, s.first, s.end, EntityType::Person);
                continue;
            }
        }
        if (s.type == EntityType::Misc && s.first > 0
            && isIn(tokens.tokenText(s.first - 1), {u"another", u"a", u"an"})
            && !(gazetteer.lookupWord(tokens.tokenText(s.end - 1)) & Gazetteer::Nationality)) {
            bool title = false;
            for (qsizetype k = s.end; k < n && k < s.end + 3 && !title; ++k)
                title = isTitleWord(gazetteer, tokens.tokenText(k));
            if (title)
                labelMention(labels, s.first, s.end, EntityType::Organization);
        }
    }
}

// A list of names shares a type: in "Microsoft, Amazon and Google, who ..." the model's context features
// make the last company a person and the middle one a river. In a list of three or more names with an
// organisation in it, a name the gazetteer knows as an organisation of today's news is one; then a one-word
// person the gazetteer knows as no personal name becomes one too when two or more organisations surround it.
// In a pair, such a known name beside an organisation is one.
void harmonizeLists(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    const qsizetype n = qsizetype(spans.size());
    constexpr std::uint16_t Personal
        = Gazetteer::FirstName | Gazetteer::FirstNameCommon | Gazetteer::Surname | Gazetteer::SurnameCommon;
    auto word = [&](const Span &s) {
        QStringView w = tokens.tokenText(s.first);
        if (w.endsWith(u"'s") || w.endsWith(u"\u2019s"))
            w.chop(2);
        return gazetteer.lookupWord(w);
    };
    for (qsizetype i = 0; i < n;) {
        // The longest run of mentions joined by ",", "and", "or", "&", ", and".
        qsizetype j = i + 1;
        while (j < n) {
            const qsizetype gap = spans[j].first - spans[j - 1].end;
            const QStringView a = tokens.tokenText(spans[j - 1].end);
            const bool joined = (gap == 1 && (a == u"," || a == u"and" || a == u"or" || a == u"&"))
                || (gap == 2 && a == u"," && isIn(tokens.tokenText(spans[j - 1].end + 1), {u"and", u"or"}));
            if (!joined)
                break;
            ++j;
        }
        // "at Bernstein and Morgan Stanley": of two names, a one-word name the gazetteer knows as a company
        // beside an organisation is one too (a place of the same name stays one beside a place).
        if (j - i == 2) {
            for (qsizetype k = i; k < j; ++k) {
                const Span &s = spans[k];
                const Span &other = spans[k == i ? j - 1 : i];
                if (s.type != EntityType::Organization && other.type == EntityType::Organization
                    && s.end - s.first == 1 && (word(s) & Gazetteer::KnownOrganization))
                    labelMention(labels, s.first, s.end, EntityType::Organization);
            }
        }
        if (j - i >= 3) {
            std::vector<EntityType> types;
            qsizetype orgs = 0, known = 0;
            for (qsizetype k = i; k < j; ++k) {
                types.push_back(spans[k].type);
                orgs += spans[k].type == EntityType::Organization;
                known
                    += spans[k].end - spans[k].first == 1 && (word(spans[k]) & Gazetteer::KnownOrganization);
            }
            if (orgs >= 1 || known >= 2) {
                for (qsizetype k = i; k < j; ++k) {
                    const Span &s = spans[k];
                    if (s.type != EntityType::Organization && s.end - s.first == 1
                        && (word(s) & Gazetteer::KnownOrganization)) {
                        types[k - i] = EntityType::Organization;
                        ++orgs;
                    }
                }
            }
            for (qsizetype k = i; k < j; ++k) {
                const Span &s = spans[k];
                if (orgs >= 2 && s.type == EntityType::Person && s.end - s.first == 1
                    && !(word(s) & Personal))
                    types[k - i] = EntityType::Organization;
                if (types[k - i] != s.type)
                    labelMention(labels, s.first, s.end, types[k - i]);
            }
        }
        i = j;
    }
}

// "Anthropic's customers", "after OpenAI agreed": a one-word name the gazetteer knows as an organisation of
// today's news, and as no personal name, place or nationality, stays an organisation where the model saw a
// person, a place or Other, unless a title says otherwise ("Dr. Anthropic"; an apposition with a job title
// and the product cues are applied after this), and one where the model saw nothing (below).
void keepKnownOrganisations(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Other = Gazetteer::FirstName | Gazetteer::FirstNameCommon | Gazetteer::Surname
        | Gazetteer::SurnameCommon | Gazetteer::Nationality | Gazetteer::Country | Gazetteer::City
        | Gazetteer::Region;
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type == EntityType::Organization)
            continue;
        const NameWordList words = nameWordList(tokens, s.first, s.end);
        if (words.size() != 1)
            continue;
        const std::uint16_t categories = gazetteer.lookupWord(words.front());
        if (!(categories & Gazetteer::KnownOrganization) || (categories & Other))
            continue;
        // "Amazon said it would cut jobs": a company no list knows as a place, read as one by a model
        // whose 1996 news knew only the river. "The Amazon" and "Amazon rainforest" stay the place.
        if (s.type == EntityType::Location
            && ((s.first > 0 && tokens.tokenText(s.first - 1).compare(u"the", Qt::CaseInsensitive) == 0)
                || (s.end < n
                    && isIn(tokens.tokenText(s.end),
                        {u"rainforest", u"river", u"basin", u"region", u"jungle", u"forest", u"delta",
                            u"valley", u"state", u"province"}))))
            continue;
        // Party lists name their members too: "Republicans", "Islamists" are Other in the model's corpus.
        if (s.type == EntityType::Misc && words.front().endsWith(u's'))
            continue;
        if (s.first > 0) {
            QStringView before = tokens.tokenText(s.first - 1);
            if (before.endsWith(u'.'))
                before.chop(1);
            if (gazetteer.lookupWord(before) & Gazetteer::Honorific)
                continue;
        }
        labelMention(labels, s.first, s.end, EntityType::Organization);
    }
    // "Equinor agreed to buy ...": such a name the model left out altogether, most often as the first word
    // of an article, is one too when it is no ordinary word ("Target", "Shell", "Arm" are left to the
    // model), the text never writes it in lower case, and it stands alone: no capitalised word before or
    // after it, no hyphen or ampersand joins it.
    std::optional<QSet<QStringView>> lowerWords; // the text's words in lower case, read once if needed
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] != bilou::Outside)
            continue;
        const QStringView w = tokens.tokenText(i);
        if (w.size() < 3 || !w.front().isUpper() || !hasLowerCase(w))
            continue;
        // A rare surname of the census lists does not stop it ("Apple", "Nvidia"); a common one does. (The
        // gazetteer before the ordinary words: it rules out more of the capitalised words of a text.)
        const std::uint16_t categories = gazetteer.lookupWord(w);
        if (!(categories & Gazetteer::KnownOrganization) || (categories & Other & ~Gazetteer::Surname)
            || isOrdinaryWord(w))
            continue;
        const auto joined = [&](qsizetype k) {
            if (k < 0 || k >= n)
                return false;
            const QStringView x = tokens.tokenText(k);
            return labels[k] != bilou::Outside || isNameWord(x) || x == u"-" || x == u"&";
        };
        if (joined(i - 1) && !tokens.tokens[i].has(Token::SentenceStart))
            continue;
        if (joined(i + 1))
            continue;
        // A word the text also writes in lower case is a word here too ("Target prices ... the target").
        if (!lowerWords) {
            lowerWords.emplace();
            for (qsizetype k = 0; k < n; ++k) {
                const QStringView x = tokens.tokenText(k);
                if (!x.isEmpty() && x.front().isLower())
                    lowerWords->insert(x);
            }
        }
        const QString lower = w.toString().toLower();
        if (!lowerWords->contains(QStringView(lower)))
            labels[i] = bilou::label(EntityType::Organization, bilou::Unit);
    }
}

// Whether token `i` is capitalised by its place rather than as a name: the first word of a sentence or a
// line (after any quotes, brackets, bullets or list numbers), or a word in capitals.
bool capitalisedByPlace(const TokenizedText &tokens, qsizetype i)
{
    // Capitals of three letters or fewer are mostly abbreviations ("US", "TD", "ERA" in a name).
    const QStringView w = tokens.tokenText(i);
    if (!hasLowerCase(w))
        return w.size() >= 4;
    for (qsizetype k = i;; --k) {
        if (tokens.tokens[k].has(Token::SentenceStart) || k == 0)
            return true;
        const Token &before = tokens.tokens[k - 1];
        // A run-in label ends in a colon and the clause after it starts over: "Color: Stores use ...";
        // so does each item of a menu or footer ("Today's Paper | Subscribe").
        if (tokens.tokenText(k - 1) == u":" || tokens.tokenText(k - 1) == u"|")
            return true;
        if (!before.has(Token::Punctuation) && !before.has(Token::Number))
            return false;
        if (QStringView(tokens.text).mid(before.end, tokens.tokens[k].start - before.end).contains(u'\n'))
            return true;
    }
}

// "Besides, ...", "Added Granite blocks", "pick name FROM users": an ordinary word capitalised by its place
// is no name on its own, and no part of the name after it ("Added Granite" leaves "Granite"). The model,
// which saw few of them there, reads some as names. A word the gazetteer knows as an organisation or a
// common personal name ("Will", "Rose") keeps the model's reading, and so does "The".
void dropOrdinaryWords(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Keep
        = Gazetteer::KnownOrganization | Gazetteer::FirstNameCommon | Gazetteer::SurnameCommon;
    constexpr std::uint16_t Personal = Keep | Gazetteer::FirstName | Gazetteer::Surname;
    for (const Span &s : spansOf(labels)) {
        const QStringView w = tokens.tokenText(s.first);
        if (w.size() < 2 || !w.front().isUpper() || w == u"The" || w == u"THE"
            || !capitalisedByPlace(tokens, s.first))
            continue;
        // Before more of a person's name, any personal name of the lists may be the first name; not before
        // a known organisation ("See Facebook's own description").
        const bool personalName = s.type == EntityType::Person && s.end - s.first > 1
            && !(s.end - s.first == 2
                && (gazetteer.lookupWord(tokens.tokenText(s.first + 1)) & Gazetteer::KnownOrganization));
        if (!isOrdinaryWord(w) || (gazetteer.lookupWord(w) & (personalName ? Personal : Keep)))
            continue;
        labels[s.first] = bilou::Outside;
        if (s.end - s.first == 1)
            continue;
        // "Shares of Edwards & Sons": the name after the ordinary word's small words stays.
        qsizetype rest = s.first + 1;
        while (rest + 1 < s.end && isIn(tokens.tokenText(rest), {u"of", u"in", u"at", u"for", u"the"}))
            ++rest;
        const QStringView next = tokens.tokenText(rest);
        if (next.isEmpty() || !next.front().isUpper()) {
            for (qsizetype k = s.first + 1; k < s.end; ++k)
                labels[k] = bilou::Outside;
            continue;
        }
        for (qsizetype k = s.first + 1; k < rest; ++k)
            labels[k] = bilou::Outside;
        if (rest > s.first + 1) {
            labelMention(labels, rest, s.end, s.type);
            continue;
        }
        const bool organisation = s.end - s.first == 2
            && (gazetteer.lookupWord(tokens.tokenText(s.first + 1)) & Gazetteer::KnownOrganization);
        labelMention(labels, s.first + 1, s.end, organisation ? EntityType::Organization : s.type);
    }
}

// Head words of official bodies and offices that take a long name after "on", "for" or "of".
bool isOfficialHead(QStringView w)
{
    return isIn(w,
        {u"Committee", u"Subcommittee", u"Commission", u"Commissioner", u"Council", u"Ministry", u"Minister",
            u"Department", u"Office", u"Agency", u"Institute", u"Board", u"Authority", u"Court", u"Tribunal",
            u"Fund", u"Foundation", u"Association", u"Federation", u"Union", u"Secretary", u"Bureau",
            u"Centre", u"Center", u"Service", u"Administration", u"Directorate", u"Inspectorate", u"Society",
            u"Academy", u"Coalition", u"Alliance", u"Forum", u"Panel", u"Taskforce", u"Task"});
}

// Days and months: "the board met on Friday" names no body.
bool isCalendarWord(QStringView w)
{
    return isIn(w,
        {u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday", u"January",
            u"February", u"March", u"April", u"May", u"June", u"July", u"August", u"September", u"October",
            u"November", u"December"});
}

// The end of the capitalised words from `k` joined by "and", "&", "of", "the", "for", "on" (a small word
// only between two capitalised ones), none of them in a mention of another type than `type`; `k` if
// there are none.
qsizetype capitalisedRun(
    const TokenizedText &tokens, const std::vector<int> &labels, qsizetype k, EntityType type)
{
    const qsizetype n = tokens.tokens.size();
    const qsizetype start = k;
    qsizetype end = k;
    while (k < n && !(k > start && tokens.tokens[k].has(Token::SentenceStart))) {
        if (labels[k] != bilou::Outside && bilou::typeOf(labels[k]) != type)
            break;
        const QStringView w = tokens.tokenText(k);
        if (isCalendarWord(w))
            break;
        if (isNameWord(w) && hasLowerCase(w)) {
            end = ++k;
            continue;
        }
        if (end == k && end > start && isIn(w, {u"and", u"&", u"of", u"the", u"for", u"on"}) && k + 1 < n
            && isNameWord(tokens.tokenText(k + 1))) {
            ++k;
            continue;
        }
        break;
    }
    return end;
}

// Long official names the model cuts at a small word: "Select Committee on Energy and Climate",
// "Commissioner for Human Rights and Equality", "U.N. Security Council". An organisation ending in the
// head word of an official body ("Committee", "Commission", "Council", ...) takes the capitalised words
// after "on", "for" or "of"; one that already holds such a small word takes "and" and one more capitalised
// word the model left outside ("and Equality"); an abbreviation with periods joins the organisation right
// after it. Words in a person's, place's or other mention are never taken.
void joinOfficialNames(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    std::vector<Span> spans = spansOf(labels);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        Span &s = spans[i];
        if (s.type != EntityType::Organization)
            continue;
        // "U.N." + "Security Council".
        const QStringView first = tokens.tokenText(s.first);
        if (s.end - s.first == 1 && first.size() >= 4 && first.back() == u'.' && first.count(u'.') >= 2
            && i + 1 < spans.size() && spans[i + 1].first == s.end
            && spans[i + 1].type == EntityType::Organization) {
            labelMention(labels, s.first, spans[i + 1].end, EntityType::Organization);
            spans[i + 1].first = s.first;
            continue;
        }
        qsizetype end = s.end;
        if (isOfficialHead(tokens.tokenText(s.end - 1)) && end + 1 < n
            && isIn(tokens.tokenText(end), {u"on", u"for", u"of"})) {
            qsizetype k = end + 1;
            if (tokens.tokenText(k) == u"the" && k + 1 < n)
                ++k;
            qsizetype run = capitalisedRun(tokens, labels, k, EntityType::Organization);
            // "Executive Committee of the IAB Tech Lab Board": a body the model read as Other, named by its
            // own official head, belongs to the name.
            if (run == k && bilou::typeOf(labels[k]) == EntityType::Misc
                && (bilou::partOf(labels[k]) == bilou::Begin || bilou::partOf(labels[k]) == bilou::Unit)) {
                const qsizetype body = mentionEnd(labels, k);
                if (isOfficialHead(tokens.tokenText(body - 1)))
                    run = body;
            }
            if (run > k)
                end = run;
        } else if (end + 2 < n && isIn(tokens.tokenText(end), {u"and", u"&"})
            && (labels[end + 1] == bilou::Outside
                || labels[end + 1] == bilou::label(EntityType::Misc, bilou::Unit)
                || (labels[end + 1] == bilou::label(EntityType::Organization, bilou::Unit)
                    && !(gazetteer.lookupWord(tokens.tokenText(end + 1))
                        & (Gazetteer::KnownOrganization | Gazetteer::Company))))
            && isNameWord(tokens.tokenText(end + 1)) && hasLowerCase(tokens.tokenText(end + 1))
            && (end + 2 >= n || !isNameWord(tokens.tokenText(end + 2)))) {
            bool connector = false;
            for (qsizetype k = s.first + 1; k + 1 < s.end; ++k)
                connector = connector || isIn(tokens.tokenText(k), {u"of", u"for", u"on"});
            if (connector)
                end = end + 2;
        }
        // "Academy of Allergy, Asthma and Immunology": a name after "of" may list its fields, single
        // capitalised words none of which is a known company ("Ministry of Health, Google and Meta" lists
        // three bodies).
        bool officialOf = false;
        for (qsizetype k = s.first + 1; k + 1 < end; ++k)
            officialOf = officialOf
                || (isIn(tokens.tokenText(k), {u"of", u"for", u"on"})
                    && isOfficialHead(tokens.tokenText(k - 1)));
        if (officialOf && !isOfficialHead(tokens.tokenText(end - 1))) {
            qsizetype k = end;
            const auto field = [&](qsizetype at) {
                if (at >= n || !isNameWord(tokens.tokenText(at)) || !hasLowerCase(tokens.tokenText(at)))
                    return false;
                if (labels[at] != bilou::Outside
                    && labels[at] != bilou::label(EntityType::Organization, bilou::Unit))
                    return false;
                return !(gazetteer.lookupWord(tokens.tokenText(at)) & Gazetteer::KnownOrganization);
            };
            while (k + 1 < n && tokens.tokenText(k) == u"," && field(k + 1))
                k += 2;
            if (k > end && k + 1 < n && isIn(tokens.tokenText(k), {u"and", u"&"}) && field(k + 1)
                && (k + 2 >= n || !isNameWord(tokens.tokenText(k + 2))))
                end = k + 2;
        }
        // "US Patent and Trademark Office": a name of two words or more without a head of its own, ending
        // in an ordinary word or one no list knows, shares the official head of the organisation right after
        // its "and" ("Bank of America and Merrill Lynch" are two).
        if (end == s.end && i + 1 < spans.size() && spans[i + 1].first == end + 1
            && spans[i + 1].type == EntityType::Organization && isIn(tokens.tokenText(end), {u"and", u"&"})
            && isOfficialHead(tokens.tokenText(spans[i + 1].end - 1))
            && !isOfficialHead(tokens.tokenText(s.end - 1)) && s.end - s.first >= 2
            && (isOrdinaryWord(tokens.tokenText(s.end - 1))
                || gazetteer.lookupWord(tokens.tokenText(s.end - 1)) == 0)
            && !knownAsCompany(tokens, gazetteer, s))
            end = spans[i + 1].end;
        if (end == s.end)
            continue;
        // A mention of the same type inside the run joins; one reaching past it keeps its rest.
        qsizetype last = end;
        for (std::size_t j = i + 1; j < spans.size() && spans[j].first < end; ++j)
            last = std::max(last, spans[j].end);
        if (last > end)
            continue;
        labelMention(labels, s.first, end, EntityType::Organization);
        s.end = end;
    }
}

// Nouns an apposition uses for a company: "Orvex, the Norwegian chipmaker", "Halvorsen, a Bergen-based
// lender".
bool isCompanyNoun(QStringView w)
{
    return isIn(w,
        {u"company", u"firm", u"chipmaker", u"carmaker", u"automaker", u"drugmaker", u"maker",
            u"manufacturer", u"lender", u"insurer", u"retailer", u"airline", u"startup", u"start-up",
            u"conglomerate", u"supplier", u"distributor", u"publisher", u"broadcaster", u"brewer", u"miner",
            u"shipbuilder", u"shipper", u"utility", u"telecoms", u"carrier", u"bank", u"group",
            u"subsidiary"});
}

// "Orvex, the Norwegian chipmaker, said ...": capitalised words that an apposition calls a company are an
// organisation, where the model saw nothing or Other. The apposition is "the", "a" or "an", up to three
// modifiers (lower-case words, nationalities, "world's", "Oslo-based"), and a company noun. Ordinary
// words ("However, the company ...", "In" of "In March"), days and months are no name.
void labelCompanyAppositions(
    const TokenizedText &tokens, std::vector<int> &labels, std::vector<float> *confidence)
{
    const qsizetype n = tokens.tokens.size();
    for (qsizetype c = 1; c + 2 < n; ++c) {
        if (tokens.tokenText(c) != u"," || !isIn(tokens.tokenText(c + 1), {u"the", u"a", u"an"}))
            continue;
        qsizetype k = c + 2;
        for (int modifiers = 0; k < n && modifiers < 3 && !isCompanyNoun(tokens.tokenText(k));
             ++k, ++modifiers) {
            const QStringView w = tokens.tokenText(k);
            if (!(isLowerWord(w) || isPossessive(w) || (isNameWord(w) && hasLowerCase(w))
                    || w.endsWith(u"-based")))
                break;
        }
        if (k >= n || !isCompanyNoun(tokens.tokenText(k)))
            continue;
        // The name: the mention ending before the comma, or the capitalised words there.
        qsizetype first = c;
        while (first > 0 && c - first < 4 && !tokens.tokens[first].has(Token::SentenceStart)) {
            const QStringView w = tokens.tokenText(first - 1);
            if (!isNameWord(w) || (!hasLowerCase(w) && w.size() < 2))
                break;
            --first;
            if (tokens.tokens[first].has(Token::SentenceStart))
                break;
        }
        if (first == c)
            continue;
        const bool mentioned = labels[c - 1] != bilou::Outside;
        if (mentioned) {
            const EntityType type = bilou::typeOf(labels[c - 1]);
            qsizetype b = c - 1;
            while (
                b > 0 && bilou::partOf(labels[b]) != bilou::Begin && bilou::partOf(labels[b]) != bilou::Unit)
                --b;
            if (type == EntityType::Misc)
                labelMention(labels, b, c, EntityType::Organization);
            continue;
        }
        // Small words capitalised at the start ("In", "At") are no part of it.
        while (first < c && isOrdinaryWord(tokens.tokenText(first)) && tokens.tokenText(first) != u"The")
            ++first;
        bool free = first < c;
        for (qsizetype k2 = first; k2 < c; ++k2)
            free = free && labels[k2] == bilou::Outside && !isCalendarWord(tokens.tokenText(k2));
        if (!free || tokens.tokenText(first) == u"The")
            continue;
        labelMention(labels, first, c, EntityType::Organization);
        if (confidence) {
            for (qsizetype k2 = first; k2 < c; ++k2)
                (*confidence)[k2] = LegalFormConfidence;
        }
    }
}

// The last part of a web address: "Salon.com", "Booking.com" are names, not code.
bool isWebSuffix(QStringView w)
{
    const qsizetype dot = w.indexOf(u'.');
    return isIn(dot < 0 ? w : w.left(dot),
        {u"com", u"org", u"net", u"edu", u"gov", u"io", u"co", u"uk", u"de", u"fr", u"ai", u"info", u"biz",
            u"us", u"ca", u"au", u"jp", u"cn", u"ru", u"in", u"it", u"nl", u"es", u"se", u"no", u"ch", u"eu",
            u"me", u"tv", u"ly", u"app", u"dev", u"news", u"cc"});
}

// Whether `w` is a member written after its object, as program code does: "Response.error",
// "Headers.append".
bool isMemberAccess(QStringView w)
{
    const qsizetype dot = w.indexOf(u'.');
    return dot >= 2 && dot + 2 < w.size() && w[dot + 1].isLower() && w[dot + 2].isLetter()
        && !isWebSuffix(w.mid(dot + 1));
}

// "the First Amendment", "the Federal Flag Code", "the Clean Air Act", "the Kyoto Protocol": a law, a
// treaty or a code is Other, not the body that made it. The head word decides; the capitalised words the
// model left before it belong to the name ("Flag" + "Code").
void typeLaws(const TokenizedText &tokens, std::vector<int> &labels)
{
    static constexpr std::initializer_list<QStringView> LawHeads = {u"Act", u"Amendment", u"Amendments",
        u"Code", u"Constitution", u"Treaty", u"Protocol", u"Accord", u"Accords", u"Doctrine", u"Statute"};
    for (const Span &span : spansOf(labels)) {
        Span s = span;
        if (s.type == EntityType::Misc || !isIn(tokens.tokenText(s.end - 1), LawHeads))
            continue;
        // "Act" alone is a verb at a sentence's start more often than a law.
        if (s.end - s.first == 1 && (s.first == 0 || tokens.tokens[s.first].has(Token::SentenceStart)))
            continue;
        while (s.first > 0 && labels[s.first - 1] == bilou::Outside
            && !tokens.tokens[s.first].has(Token::SentenceStart)
            && !tokens.tokens[s.first - 1].has(Token::SentenceStart)
            && isNameWord(tokens.tokenText(s.first - 1)) && hasLowerCase(tokens.tokenText(s.first - 1)))
            --s.first;
        // A law takes "the" ("under the First Amendment", "the US Flag Code"); a company named after one
        // does not ("Penn Treaty said").
        bool the = false;
        for (qsizetype k = s.first - 1; k >= 0 && k >= s.first - 3 && !the; --k)
            the = tokens.tokenText(k).compare(u"the", Qt::CaseInsensitive) == 0;
        if (the)
            labelMention(labels, s.first, s.end, EntityType::Misc);
    }
}

// "new Response(body)", "Response.error()", "Headers(init)": a word written as code somewhere in the text
// (an object before a member, a call, a constructor) names a program's class or function, and so do its
// other mentions there ("the Response's status"): no name. A call needs "(" right after the word and, after
// it, a lower-case word, a quote, a digit or ")": "Tesla(TSLA)" stays a company.
void dropCodeIdentifiers(const TokenizedText &tokens, std::vector<int> &labels)
{
    QSet<QString> code;
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const QStringView w = tokens.tokenText(i);
        if (w.size() < 2 || !w.front().isUpper())
            continue;
        if (isMemberAccess(w)) {
            code.insert(w.left(w.indexOf(u'.')).toString());
            continue;
        }
        if (tokens.tokenText(i + 1) != u"(" || tokens.tokens[i + 1].start != tokens.tokens[i].end)
            continue;
        const QStringView inside = i + 2 < n ? tokens.tokenText(i + 2) : QStringView();
        if (inside.isEmpty() || inside == u")" || inside.front().isLower() || inside.front().isDigit()
            || inside.front() == u'"' || inside.front() == u'\'' || inside.front() == u'\u201C')
            code.insert(w.toString());
    }
    for (const Span &s : spansOf(labels)) {
        const QStringView w = tokens.tokenText(s.first);
        if (s.end - s.first == 1 && (isMemberAccess(w) || (!code.isEmpty() && code.contains(w.toString()))))
            labels[s.first] = bilou::Outside;
    }
}

} // namespace

QList<QStringView> nameWords(const TokenizedText &tokens, qsizetype first, qsizetype end)
{
    return nameWordsIn<QList<QStringView>>(tokens, first, end);
}

namespace {

// "Osama bin Laden", "Vincent van Gogh", "Charles de Gaulle": a lower-case particle between two parts of
// a name, which the model often reads as two mentions of different types. Two mentions (or a mention and a
// capitalised word) joined by one particle become one person when either was read as a person; two places
// ("Rio de Janeiro") or two companies keep their reading, except around "bin", "ibn" or "bint".
void joinNameParticles(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    std::vector<Span> spans = spansOf(labels);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span &a = spans[i];
        const qsizetype p = a.end;
        if (p + 1 >= n || tokens.tokens[p].length() > 5 || !tokens.text.at(tokens.tokens[p].start).isLower()
            || !isIn(tokens.tokenText(p),
                {u"bin", u"ibn", u"bint", u"van", u"von", u"de", u"der", u"den", u"del", u"della", u"di",
                    u"da", u"du", u"dos", u"das", u"ter", u"ten"})
            || labels[p] != bilou::Outside || !isNameWord(tokens.tokenText(p + 1)))
            continue;
        qsizetype end = p + 2;
        // An Arabic patronymic is a person's whatever the model read.
        bool person = a.type == EntityType::Person || isIn(tokens.tokenText(p), {u"bin", u"ibn", u"bint"});
        std::size_t used = i;
        if (i + 1 < spans.size() && spans[i + 1].first == p + 1) {
            end = spans[i + 1].end;
            person = person || spans[i + 1].type == EntityType::Person;
            used = i + 1;
        } else if (labels[p + 1] != bilou::Outside || (p + 2 < n && isNameWord(tokens.tokenText(p + 2)))) {
            continue;
        }
        if (!person)
            continue;
        labelMention(labels, a.first, end, EntityType::Person);
        i = used;
    }
}

// "West Mercia police", "taken to Royal Shrewsbury hospital": British news writes the head of a force's or
// a hospital's name in lower case. Two or more words the model read as a person or a company are, with the
// head, the organisation. A nationality or a place keeps its reading ("German police", "Kent police" are
// a country's or a county's police, not a name), and so do abbreviations ("U.N. police").
void joinLowerCaseHeads(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if ((s.type != EntityType::Organization && s.type != EntityType::Person) || s.end - s.first < 2
            || s.end >= n || labels[s.end] != bilou::Outside
            || !isIn(tokens.tokenText(s.end), {u"police", u"hospital", u"constabulary", u"infirmary"}))
            continue;
        bool abbreviated = false;
        for (qsizetype k = s.first; k < s.end; ++k)
            abbreviated = abbreviated || !hasLowerCase(tokens.tokenText(k));
        if (!abbreviated)
            labelMention(labels, s.first, s.end + 1, EntityType::Organization);
    }
}

// "the Committee for a Responsible Federal Budget", "the Department of Justice": the model finds the end
// of a long official name and leaves its head outside. An organisation right after "for", "on" or "of"
// (and "a" or "the") takes the official head before them and the capitalised words before that head.
void joinOfficialHeadsBefore(const TokenizedText &tokens, std::vector<int> &labels)
{
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Organization)
            continue;
        qsizetype k = s.first - 1;
        if (k >= 1 && isIn(tokens.tokenText(k), {u"a", u"the"}))
            --k;
        if (k < 1 || !isIn(tokens.tokenText(k), {u"for", u"on", u"of"}) || labels[k] != bilou::Outside)
            continue;
        // The head alone may be the model's: "Committee" read as Other.
        qsizetype first = k - 1;
        if ((labels[first] != bilou::Outside && bilou::partOf(labels[first]) != bilou::Unit)
            || (labels[first] != bilou::Outside && bilou::typeOf(labels[first]) == EntityType::Person)
            || !isOfficialHead(tokens.tokenText(first)))
            continue;
        while (first > 0 && labels[first - 1] == bilou::Outside
            && !tokens.tokens[first].has(Token::SentenceStart)) {
            const QStringView w = tokens.tokenText(first - 1);
            if (!isNameWord(w) || !hasLowerCase(w) || isCalendarWord(w) || isIn(w, {u"The", u"A", u"An"}))
                break;
            --first;
        }
        labelMention(labels, first, s.end, EntityType::Organization);
    }
}

// Words of a site's own pages and of its members that the model reads as names, each by the words around it:
// - "our Terms of Service and Privacy Policy": a site's legal pages name no organisation;
// - "IAB Tech Lab Members can join": the members of a body are not the body; the name ends before them;
// - "the IAB Tech Lab", "Orvex Labs": a laboratory is an organisation, not Other.
void typeSiteAndMemberWords(const TokenizedText &tokens, std::vector<int> &labels)
{
    for (const Span &s : spansOf(labels)) {
        bool legalPage = false, otherWord = false;
        for (qsizetype k = s.first; k < s.end; ++k) {
            const QStringView w = tokens.tokenText(k);
            if (isIn(w, {u"Terms", u"Policy", u"Conditions", u"Guidelines", u"Notice"}))
                legalPage = true;
            else if (!isIn(w,
                         {u"of", u"Of", u"and", u"&", u"Service", u"Services", u"Use", u"Privacy", u"Cookie",
                             u"Cookies", u"Community", u"Standards", u"Sale", u"User", u"Statement"}))
                otherWord = true;
        }
        if (legalPage && !otherWord) {
            std::fill(labels.begin() + s.first, labels.begin() + s.end, bilou::Outside);
            continue;
        }
        const QStringView last = tokens.tokenText(s.end - 1);
        if (s.type == EntityType::Organization && s.end - s.first >= 3
            && isIn(last,
                {u"Members", u"Employees", u"Staff", u"Staffers", u"Users", u"Customers", u"Subscribers",
                    u"Shareholders", u"Investors", u"Readers", u"Officials", u"Executives"})) {
            labelMention(labels, s.first, s.end - 1, EntityType::Organization);
            labels[s.end - 1] = bilou::Outside;
            continue;
        }
        if (s.type == EntityType::Misc && s.end - s.first >= 2
            && isIn(last, {u"Lab", u"Labs", u"Laboratory", u"Laboratories"}))
            labelMention(labels, s.first, s.end, EntityType::Organization);
    }
}

// "Lupita Nyong'o's Oscar dress", "she won an Emmy": an award named alone is Other, not a person, unless
// the text names a person with it in full ("Oscar Lund"). A person's name takes no "a" or "an" either.
// "The Free Software Award", "the Nobel Peace Prize": a name ending in an award's word is one, whatever
// the words before it are.
void typeAwards(const TokenizedText &tokens, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    std::optional<QSet<QStringView>> personalWords; // read when first needed: awards are rare
    const auto personal = [&](QStringView w) {
        if (!personalWords)
            personalWords = wordsOfFullNames(tokens, spans);
        return personalWords->contains(w);
    };
    for (const Span &s : spans) {
        if (s.type != EntityType::Misc && s.end - s.first >= 2
            && isIn(tokens.tokenText(s.end - 1),
                {u"Award", u"Awards", u"Prize", u"Prizes", u"Medal", u"Trophy"})) {
            labelMention(labels, s.first, s.end, EntityType::Misc);
            continue;
        }
        if (s.type != EntityType::Person || s.end - s.first != 1)
            continue;
        const QStringView w = tokens.tokenText(s.first);
        const bool award = isIn(w,
                               {u"Oscar", u"Oscars", u"Emmy", u"Emmys", u"Grammy", u"Grammys", u"Tony",
                                   u"Tonys", u"Bafta", u"BAFTA", u"Baftas", u"Pulitzer", u"Nobel", u"Booker"})
            && !personal(w);
        const bool article = s.first > 0 && isIn(tokens.tokenText(s.first - 1), {u"a", u"an"});
        if (award || (article && !personal(w)))
            labels[s.first] = bilou::label(EntityType::Misc, bilou::Unit);
    }
}

// Words the model read wrongly as a whole, each told by its first word:
// - "the Google app" as one thing of Other: the company and ordinary words;
// - "a SpaceX Dragon", "the Tesla Cybertruck": a known company's name opens no person's name; what
//   follows it is the company's product (Other), as with the known products of the lists;
// - "running mate JD Vance": two capitals before a surname are a person's initials, not a company's
//   abbreviation, unless the lists know the whole as a company ("JP Morgan").
void typeByFirstWord(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Personal = Gazetteer::FirstName | Gazetteer::FirstNameCommon
        | Gazetteer::SurnameCommon | Gazetteer::Nationality | Gazetteer::Country | Gazetteer::City
        | Gazetteer::Region;
    for (const Span &s : spansOf(labels)) {
        // "the Google app", "the Google model" read as one thing of Other: the company, and ordinary words.
        if (s.type == EntityType::Misc && s.end - s.first >= 2
            && (gazetteer.lookupWord(tokens.tokenText(s.first)) & Gazetteer::KnownOrganization)
            && !(gazetteer.lookupWord(tokens.tokenText(s.first)) & Personal)
            && std::all_of(
                tokens.tokens.begin() + s.first + 1, tokens.tokens.begin() + s.end, [&](const Token &t) {
                    return isLowerWord(QStringView(tokens.text).mid(t.start, t.length()));
                })) {
            labels[s.first] = bilou::label(EntityType::Organization, bilou::Unit);
            std::fill(labels.begin() + s.first + 1, labels.begin() + s.end, bilou::Outside);
            continue;
        }
        if (s.end - s.first != 2)
            continue;
        const QStringView first = tokens.tokenText(s.first);
        const QStringView second = tokens.tokenText(s.end - 1);
        const std::uint16_t firstCategories = gazetteer.lookupWord(first);
        const std::uint16_t secondCategories = gazetteer.lookupWord(second);
        if (s.type == EntityType::Person && (firstCategories & Gazetteer::KnownOrganization)
            && !(firstCategories & Personal) && hasLowerCase(second)
            && !(secondCategories & (Gazetteer::FirstName | Gazetteer::FirstNameCommon))) {
            labelMention(labels, s.first, s.end, EntityType::Misc);
            continue;
        }
        const bool initials = first.size() == 2 && first.front().isUpper() && first.back().isUpper()
            && first.front().isLetter() && first.back().isLetter();
        // Not a country's or a known body's letters ("US Marines"), not an ordinary word ("GG Bridge").
        // After a lower-case word ("running mate JD Vance"), not as a line's or a score's first word
        // ("FC Linz 0", "AP Moller" in a list of ships' owners).
        if (s.type == EntityType::Organization && initials && hasLowerCase(second) && s.first > 0
            && isLowerWord(tokens.tokenText(s.first - 1))
            && !(firstCategories & (Personal | Gazetteer::KnownOrganization | Gazetteer::CommonAcronym))
            && !isOrdinaryWord(second) && (secondCategories & (Gazetteer::Surname | Gazetteer::SurnameCommon))
            && !(secondCategories & (Gazetteer::KnownOrganization | Gazetteer::OrganizationWord))
            && !knownAsOrganisation(tokens, gazetteer, s.first, s.end))
            labelMention(labels, s.first, s.end, EntityType::Person);
    }
}

// "Eloise Parry, 21, was taken ... As Eloise deteriorated ... Fiona Parry issued a plea": a name the text
// gives a person elsewhere is the same person where the model, misled by the words around it, read a
// company. An organisation becomes a person when it is one word that is the first name of a person of
// the text and a first name of the lists, or two or three words whose first is a first name of the lists
// and whose last is the surname of a person of the text. A name with a word the gazetteer knows from
// organisations ("Bank", "Inc.") or an ordinary word ("Human Rights") is left alone; so is a bare surname
// ("Ford" beside "Henry Ford" may well be the company).
void typePeopleConsistently(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t FirstNames = Gazetteer::FirstName | Gazetteer::FirstNameCommon;
    constexpr std::uint16_t Organisational = Gazetteer::KnownOrganization | Gazetteer::OrganizationWord
        | Gazetteer::CorporateDesignator | Gazetteer::Company;
    const std::vector<Span> spans = spansOf(labels);
    QSet<QStringView> firstNames, surnames;
    for (const Span &s : spans) {
        if (s.type != EntityType::Person || s.end - s.first < 2)
            continue;
        const NameWordList words = nameWordList(tokens, s.first, s.end);
        if (words.size() < 2)
            continue;
        firstNames.insert(words.first());
        surnames.insert(words.last());
    }
    if (firstNames.isEmpty())
        return;
    for (const Span &s : spans) {
        if (s.type != EntityType::Organization || s.end - s.first > 3)
            continue;
        const NameWordList words = nameWordList(tokens, s.first, s.end);
        if (words.isEmpty() || !std::all_of(words.begin(), words.end(), [](QStringView w) {
                return isNameWord(w) && hasLowerCase(w);
            }))
            continue;
        // The names of the text first, then the lists: most organisations share no word with a person.
        if (!(words.size() == 1 ? firstNames.contains(words.first()) : surnames.contains(words.last())))
            continue;
        const std::uint16_t first = gazetteer.lookupWord(words.first());
        if (!(first & FirstNames))
            continue;
        bool organisational = false;
        for (const QStringView w : words)
            organisational
                = organisational || (gazetteer.lookupWord(w) & Organisational) || isOrdinaryWord(w);
        if (!organisational)
            labelMention(labels, s.first, s.end, EntityType::Person);
    }
}

// One name, one thing, within an article: "Saltmarsh Freight Ltd ... Kowalski said Saltmarsh Freight had
// invested" (read as a place there), "Northwind Shipping" (read as a person). A name of two words or more
// that the text gives elsewhere with a legal form after it, or whose last word is a company's ("Shipping",
// "Airlines", "Holdings") and whose first is no personal name, is that organisation. (The same words
// without a legal form decide nothing: sports pages write a city for its team, "New York" for both.)
void typeOrganisationsConsistently(
    const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    QSet<QString> organisations;
    for (const Span &s : spans) {
        if (s.type != EntityType::Organization || s.end - s.first < 2)
            continue;
        const QStringView last = tokens.tokenText(s.end - 1);
        if (s.end - s.first >= 3 && isDesignatorForm(last)
            && (gazetteer.lookupWord(last) & Gazetteer::CorporateDesignator))
            organisations.insert(nameKey(tokens, s.first, s.end - 1));
    }
    constexpr std::uint16_t Personal = Gazetteer::FirstName | Gazetteer::FirstNameCommon;
    for (const Span &s : spans) {
        if ((s.type != EntityType::Person && s.type != EntityType::Location) || s.end - s.first < 2)
            continue;
        bool organisation
            = !organisations.isEmpty() && organisations.contains(nameKey(tokens, s.first, s.end));
        if (!organisation && s.type == EntityType::Person) {
            const QString last = tokens.tokenText(s.end - 1).toString().toLower();
            organisation = ((gazetteer.lookupWord(last) & Gazetteer::OrganizationWord)
                               || isIn(last,
                                   {u"shipping", u"logistics", u"freight", u"holdings", u"group", u"steel",
                                       u"mining", u"metals", u"chemicals", u"foods", u"textiles", u"cement",
                                       u"robotics", u"semiconductors", u"aerospace", u"automotive",
                                       u"biotech", u"pharma", u"studios", u"minerals", u"resources"}))
                && !(gazetteer.lookupWord(tokens.tokenText(s.first)) & Personal);
        }
        if (organisation)
            labelMention(labels, s.first, s.end, EntityType::Organization);
    }
}

// "WASHINGTON (AP) — ...", "LONDON (Reuters) - ...": the dateline's parenthesis names the wire service,
// whatever the model made of it ("AP" is also an ordinary abbreviation).
void labelDatelineAgencies(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 1; i + 3 < n; ++i) {
        if (tokens.tokenText(i) != u"(" || labels[i - 1] == bilou::Outside
            || bilou::typeOf(labels[i - 1]) != EntityType::Location)
            continue;
        // The place opens a line: walk back over its mention.
        qsizetype place = i - 1;
        while (place > 0 && bilou::partOf(labels[place]) != bilou::Begin
            && bilou::partOf(labels[place]) != bilou::Unit)
            --place;
        const bool lineStart = place == 0 || tokens.tokens[place].has(Token::ParagraphStart)
            || QStringView(tokens.text)
                   .mid(tokens.tokens[place - 1].end,
                       tokens.tokens[place].start - tokens.tokens[place - 1].end)
                   .contains(u'\n');
        if (!lineStart)
            continue;
        qsizetype close = i + 1;
        while (close < n && close <= i + 3 && isNameWord(tokens.tokenText(close)))
            ++close;
        if (close == i + 1 || close + 1 >= n || tokens.tokenText(close) != u")"
            || !isIn(tokens.tokenText(close + 1), {u"-", u"\u2013", u"\u2014", u"--"}))
            continue;
        labelMention(labels, i + 1, close, EntityType::Organization);
    }
}

// "the Murdoch Children's Research Institute", "People's Bank of China": a plural noun's possessive
// inside an organisation's name, which the model cut after it. The name takes the possessive and the
// capitalised words before it that no other mention holds, or the whole of the place or person the model
// made of them ("Murdoch Children" read as a place).
void joinPluralPossessives(const TokenizedText &tokens, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Span &s = spans[i];
        if (s.type != EntityType::Organization || s.first < 2 || !isPossessive(tokens.tokenText(s.first - 1))
            || labels[s.first - 1] != bilou::Outside
            || !isIn(tokens.tokenText(s.first - 2),
                {u"Children", u"Women", u"Men", u"People", u"Citizens", u"Workers", u"Farmers", u"Veterans",
                    u"Teachers", u"Nurses"}))
            continue;
        qsizetype first = s.first - 2;
        if (labels[first] != bilou::Outside) {
            const Span &before = spans[i - 1]; // the mention holding the plural, which ends there
            if (before.end != s.first - 1 || before.type == EntityType::Organization)
                continue;
            first = before.first;
        }
        while (first > 0 && labels[first - 1] == bilou::Outside && isNameWord(tokens.tokenText(first - 1))
            && hasLowerCase(tokens.tokenText(first - 1)) && !tokens.tokens[first].has(Token::SentenceStart)
            && !isOrdinaryWord(tokens.tokenText(first - 1)))
            --first;
        labelMention(labels, first, s.end, EntityType::Organization);
    }
}

// "According to RedMonk's Stephens": one word the model read as a person before a possessive and a
// person's name is the body that person speaks for when the text names it an organisation elsewhere
// ("Ford's Farley" stays a person where the text never makes Ford a company).
void typeEmployersBeforePeople(const TokenizedText &tokens, std::vector<int> &labels)
{
    const std::vector<Span> spans = spansOf(labels);
    QSet<QStringView> organisations;
    for (const Span &s : spans) {
        if (s.type == EntityType::Organization && s.end - s.first == 1)
            organisations.insert(tokens.tokenText(s.first));
    }
    if (organisations.isEmpty())
        return;
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spans) {
        if (s.type != EntityType::Person || s.end - s.first != 1 || s.end + 1 >= n
            || !isPossessive(tokens.tokenText(s.end)) || labels[s.end + 1] == bilou::Outside
            || bilou::typeOf(labels[s.end + 1]) != EntityType::Person
            || !organisations.contains(tokens.tokenText(s.first)))
            continue;
        labels[s.first] = bilou::label(EntityType::Organization, bilou::Unit);
    }
}

// A table or a list with one name a line ("Ana Ruiz<TAB>63<TAB>16.6%"): when most of its first cells are
// whole people, the others are people too ("Armin Le Grand", "Tsutomu Uchino", which the model cut or read
// as a company there). Four lines at least, two thirds of them people already; a cell is two to four
// capitalised words before a tab or the line's end, none of them in a place's mention.
void typePeopleColumns(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    struct Cell
    {
        qsizetype first = 0;
        qsizetype end = 0;
        bool person = false; // one person's mention, exactly
        bool name = false; // two to four capitalised words
    };
    std::vector<Cell> run;
    const auto finish = [&] {
        qsizetype names = 0, people = 0;
        for (const Cell &c : run) {
            names += c.name;
            people += c.person;
        }
        if (qsizetype(run.size()) >= 4 && names == qsizetype(run.size()) && 3 * people >= 2 * names) {
            for (const Cell &c : run) {
                if (!c.person)
                    labelMention(labels, c.first, c.end, EntityType::Person);
            }
        }
        run.clear();
    };
    // Whether the space before token `k` holds `a` or `b`. This looks between every two tokens of the text,
    // where most often there is one space: a plain loop, no search call.
    const auto gapHas = [&tokens](qsizetype k, char16_t a, char16_t b) {
        const char16_t *c = reinterpret_cast<const char16_t *>(tokens.text.constData());
        for (qsizetype p = tokens.tokens[k - 1].end, e = tokens.tokens[k].start; p < e; ++p) {
            if (c[p] == a || c[p] == b)
                return true;
        }
        return false;
    };
    const QStringView text = tokens.text;
    qsizetype i = 0;
    while (i < n) {
        // The line's first cell: its tokens up to a tab or the line's end.
        const qsizetype first = i;
        qsizetype end = i + 1;
        while (end < n && !gapHas(end, u'\t', u'\n'))
            ++end;
        qsizetype next = end; // the next line's first token
        while (next < n && !gapHas(next, u'\n', u'\n'))
            ++next;
        Cell c {first, end, false, end - first >= 2 && end - first <= 4};
        for (qsizetype k = first; k < end && c.name; ++k) {
            const QStringView w = tokens.tokenText(k);
            const bool particle
                = k > first && k + 1 < end && isIn(w, {u"van", u"von", u"de", u"der", u"da", u"di", u"bin"});
            c.name = (particle || (isNameWord(w) && (hasLowerCase(w) || (w.size() == 2 && w.back() == u'.'))))
                && (labels[k] == bilou::Outside || bilou::typeOf(labels[k]) != EntityType::Location);
        }
        c.person = labels[first] == bilou::label(EntityType::Person, bilou::Begin)
            && labels[end - 1] == bilou::label(EntityType::Person, bilou::Last);
        for (qsizetype k = first + 1; k + 1 < end && c.person; ++k)
            c.person = labels[k] == bilou::label(EntityType::Person, bilou::Inside);
        // A blank line or a line that is no name ends the table.
        const bool blankBefore = first > 0
            && text.mid(tokens.tokens[first - 1].end,
                       tokens.tokens[first].start - tokens.tokens[first - 1].end)
                    .count(u'\n')
                > 1;
        if (!c.name || blankBefore)
            finish();
        if (c.name)
            run.push_back(c);
        i = next;
    }
    finish();
}

// "What May Soon Exceed Cost of ...", "Lead Engineer": capitalised ordinary words,
// in a title-case line or a heading, that the model read as a person's name. A person of two words or
// more, each of them an ordinary word and none a first name of the lists, is no one ("Will Power", "Hope
// Hicks" and "Rich Little" stay).
void dropOrdinaryPhrasePeople(
    const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t FirstNames = Gazetteer::FirstName | Gazetteer::FirstNameCommon;
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Person || s.end - s.first < 2)
            continue;
        const auto ordinary = [&](QStringView w) {
            return isNameWord(w) && isOrdinaryWord(w) && !(gazetteer.lookupWord(w) & FirstNames);
        };
        const NameWordList words = nameWordList(tokens, s.first, s.end);
        // "Andrew Hayden, Software Engineer": a job title in title case, no first name in it, is no one.
        const auto job = [&](QStringView w) {
            const QString lower = w.toString().toLower();
            return (gazetteer.lookupWord(lower) & Gazetteer::JobTitle)
                || isIn(lower,
                    {u"engineer", u"developer", u"designer", u"programmer", u"scientist", u"researcher",
                        u"writer", u"producer", u"consultant", u"strategist", u"architect", u"specialist",
                        u"coordinator", u"administrator", u"president", u"intern", u"evangelist", u"advocate",
                        u"lead", u"maintainer", u"contributor", u"associate", u"fellow"});
        };
        const bool title = words.size() >= 2 && job(words.last())
            && std::none_of(words.begin(), words.end(), [&](QStringView w) {
                   return !isNameWord(w) || !hasLowerCase(w) || (gazetteer.lookupWord(w) & FirstNames);
               });
        if (!title
            && (!ordinary(tokens.tokenText(s.first)) || words.size() < 2
                || !std::all_of(words.begin() + 1, words.end(), ordinary)))
            continue;
        for (qsizetype k = s.first; k < s.end; ++k)
            labels[k] = bilou::Outside;
    }
}

// The employer after a job, the company after its kind: "an economist at Harvard", "industry analyst firm
// RedMonk", "the chipmaker Orvex". A name right after a company noun, or after a job and "at", is an
// organisation where the model read a person, a place or Other. A country or a region stays a place ("a
// reporter at Norway's ..." is rare, "an official at Kenya's ministry" reads "Kenya" before "'s" and is
// left), and so does anything followed by "'s".
void labelEmployers(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Land = Gazetteer::Country | Gazetteer::Region | Gazetteer::Nationality;
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type == EntityType::Organization || s.first < 2 || s.end - s.first > 4)
            continue;
        if (s.end < n && isPossessive(tokens.tokenText(s.end)))
            continue;
        const QStringView before = tokens.tokenText(s.first - 1);
        bool employer = false;
        if (before == u"at") {
            const QStringView job = tokens.tokenText(s.first - 2);
            employer = isLowerWord(job)
                && ((gazetteer.lookupWord(job) & Gazetteer::JobTitle)
                    || isIn(job,
                        {u"economist", u"professor", u"fellow", u"researcher", u"scientist", u"lecturer",
                            u"engineer", u"strategist", u"partner", u"student", u"employee", u"staffer",
                            u"official", u"executive", u"consultant", u"adviser", u"advisor", u"trader"}));
        } else {
            employer = isCompanyNoun(before) && !isIn(before, {u"carrier", u"utility", u"group"});
        }
        if (!employer)
            continue;
        bool land = false;
        for (qsizetype k = s.first; k < s.end; ++k)
            land = land || (gazetteer.lookupWord(tokens.tokenText(k)) & Land);
        if (s.type == EntityType::Location && land)
            continue;
        labelMention(labels, s.first, s.end, EntityType::Organization);
    }
}

// Māori names of organisations in New Zealand news: an iwi ("Ngāi Tahu", "Ngāti Whātua") and the bodies
// named with "Te" and a head word ("Te Pāti Māori", "Te Rūnanga o Ngāi Tahu", "Te Puni Kōkiri"). The model,
// which saw no Māori, reads them as people. A mention (with a "Te" just before it) that starts with
// "Ngāti"/"Ngāi" or holds a Māori head word of an organisation is one; people's names hold neither.
void labelMaoriOrganisations(const TokenizedText &tokens, std::vector<int> &labels)
{
    const auto iwi = [](QStringView w) { return isIn(w, {u"Ngāti", u"Ngati", u"Ngāi", u"Ngai"}); };
    const auto head = [](QStringView w) {
        return isIn(w, {u"Pāti", u"Rūnanga", u"Runanga", u"Puni", u"Kaunihera", u"Wānanga", u"Whare"});
    };
    for (const Span &s : spansOf(labels)) {
        if (s.type == EntityType::Organization)
            continue;
        bool maori = iwi(tokens.tokenText(s.first));
        for (qsizetype k = s.first; k < s.end && !maori; ++k)
            maori = head(tokens.tokenText(k));
        if (!maori)
            continue;
        const qsizetype first
            = s.first > 0 && labels[s.first - 1] == bilou::Outside && tokens.tokenText(s.first - 1) == u"Te"
            ? s.first - 1
            : s.first;
        labelMention(labels, first, s.end, EntityType::Organization);
    }
}

// The letters an abbreviation spells, lower case, without its dots and a plural's "s": "L.T.R." and "LTRs"
// give "ltr". Empty unless it is two to six capitals.
QString abbreviationLetters(QStringView w)
{
    if (w.size() < 2 || !w[0].isUpper() || !(w[1].isUpper() || w[1] == u'.'))
        return QString();
    QString out;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w[i];
        if (c == u'.')
            continue;
        if (!c.isUpper())
            return (c == u's' && i + 1 == w.size() && out.size() >= 2) ? out : QString();
        out.append(c.toLower());
    }
    return out.size() >= 2 && out.size() <= 6 ? out : QString();
}

// Whether the lower-case words before `end` spell `letters`: each word's (and each hyphenated part's) first
// letter, small words optional ("gross domestic product" is "gdp", "long-term release" "ltr", "return on
// investment" "roi"). One long word may hold them in order, from its first letter ("dinitrophenol": "dnp").
bool spelledBefore(const TokenizedText &tokens, qsizetype end, const QString &letters)
{
    const auto initials = [&] {
        qsizetype j = letters.size() - 1;
        int parts = 0;
        for (qsizetype k = end - 1; k >= 0 && j >= 0 && end - k <= 8; --k) {
            const QStringView w = tokens.tokenText(k);
            if (!isLowerWord(w))
                return false;
            const QList<QStringView> pieces = w.split(u'-', Qt::SkipEmptyParts);
            for (qsizetype p = pieces.size() - 1; p >= 0 && j >= 0; --p) {
                if (pieces[p].front() == letters[j]) {
                    --j;
                    ++parts;
                } else if (!isIn(pieces[p], {u"of", u"and", u"the", u"for", u"to", u"in", u"on", u"a"})) {
                    return false;
                }
            }
        }
        return j < 0 && parts >= 2;
    };
    if (end < 1 || initials())
        return end >= 1;
    // One word alone: "dinitrophenol, known as DNP".
    const QStringView word = tokens.tokenText(end - 1);
    if (!isLowerWord(word) || word.size() < 3 * letters.size() || word.front() != letters.front())
        return false;
    qsizetype at = 1;
    for (qsizetype i = 1; i < letters.size(); ++i) {
        at = word.indexOf(letters[i], at);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

// "a geographic information system (GIS)", "a long-term release (LTR)", "dinitrophenol, known as DNP":
// an abbreviation the text defines by lower-case words is a common noun's, and none of its mentions in the
// text is a name. An organisation's is defined by its capitalised name ("the Environmental Protection
// Agency (EPA)"), which this leaves alone.
void dropDefinedAbbreviations(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    QSet<QString> common;
    for (qsizetype i = 1; i < n; ++i) {
        const QString letters = abbreviationLetters(tokens.tokenText(i));
        if (letters.isEmpty())
            continue;
        qsizetype end = -1; // the end of the words that define it
        if (tokens.tokenText(i - 1) == u"(" && i + 1 < n && tokens.tokenText(i + 1) == u")")
            end = i - 1;
        else if (i >= 3 && isIn(tokens.tokenText(i - 1), {u"as", u"called"})
            && (tokens.tokenText(i - 1) == u"called" || tokens.tokenText(i - 2) == u"known")) {
            end = tokens.tokenText(i - 1) == u"called" ? i - 1 : i - 2;
            if (end > 0 && tokens.tokenText(end - 1) == u",")
                --end;
        }
        if (end > 0 && spelledBefore(tokens, end, letters))
            common.insert(letters);
    }
    if (common.isEmpty())
        return;
    // "LTRs" and "L.T.R." are the same abbreviation.
    for (qsizetype i = 0; i < n; ++i) {
        if (bilou::partOf(labels[i]) == bilou::Unit && labels[i] != bilou::Outside
            && common.contains(abbreviationLetters(tokens.tokenText(i))))
            labels[i] = bilou::Outside;
    }
}

// "the Obama administration", "the Meloni government": a single name before "administration" is the
// person who leads it, unless the lists know it as a place ("the Kyiv administration").
void typeAdministrations(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    // Not Gazetteer::City: the lists hold towns named like leaders ("Obama" in Japan), and a city's
    // administration is rarely called so.
    constexpr std::uint16_t Place
        = Gazetteer::Country | Gazetteer::Region | Gazetteer::Nationality | Gazetteer::KnownOrganization;
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type == EntityType::Person || s.end - s.first != 1 || s.first < 1 || s.end >= n
            || tokens.tokenText(s.first - 1) != u"the" || tokens.tokenText(s.end) != u"administration")
            continue;
        const QStringView w = tokens.tokenText(s.first);
        if (isNameWord(w) && hasLowerCase(w) && !(gazetteer.lookupWord(w) & Place) && !isOrdinaryWord(w))
            labels[s.first] = bilou::label(EntityType::Person, bilou::Unit);
    }
}

// "Republicans in the House want ...", "Democrats have adjusted": a party's members named alone, as a
// noun, are the party, an organisation for whoever reads the who's who. "Republican senators" and
// "a Virginia Democrat" (a member) keep the model's reading.
void typePartyMembers(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Misc || s.end - s.first > 2)
            continue;
        const QStringView last = tokens.tokenText(s.end - 1);
        if (!isIn(last, {u"Republicans", u"Democrats"}))
            continue;
        // "House Republicans": the chamber before them is theirs.
        if (s.end - s.first == 2 && !isIn(tokens.tokenText(s.first), {u"House", u"Senate", u"Congressional"}))
            continue;
        const QStringView next = s.end < n ? tokens.tokenText(s.end) : QStringView();
        if (!next.isEmpty() && next.front().isUpper())
            continue;
        labelMention(labels, s.first, s.end, EntityType::Organization);
    }
}

// "Brussels-based Euroclear", "Google-backed Velorix", "the Oslo-based lender Nordvik": a name right after
// such a modifier, or after it and a company noun, is a company, whatever the model made of it or if it saw
// nothing. A person's full name there keeps its type ("London-based Mara Quist"), and so does an ordinary
// word ("Oslo-based Shipping rose").
void typeCompaniesAfterModifiers(
    const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t FirstNames = Gazetteer::FirstName | Gazetteer::FirstNameCommon;
    const qsizetype n = tokens.tokens.size();
    for (qsizetype i = 1; i + 2 < n; ++i) {
        if (tokens.tokenText(i) != u"-" || tokens.tokens[i].start != tokens.tokens[i - 1].end
            || tokens.tokens[i + 1].start != tokens.tokens[i].end
            || !isIn(tokens.tokenText(i + 1),
                {u"based", u"headquartered", u"listed", u"backed", u"owned", u"funded", u"controlled"}))
            continue;
        qsizetype j = i + 2;
        if (j + 1 < n && isCompanyNoun(tokens.tokenText(j)))
            ++j;
        const QStringView w = tokens.tokenText(j);
        if (!isNameWord(w) || !hasLowerCase(w) || tokens.tokens[j].has(Token::SentenceStart))
            continue;
        if (labels[j] == bilou::Outside) {
            if (isOrdinaryWord(w) || gazetteer.lookupWord(w) & FirstNames)
                continue;
            qsizetype end = j + 1;
            while (end < n && labels[end] == bilou::Outside && isNameWord(tokens.tokenText(end))
                && hasLowerCase(tokens.tokenText(end)) && !isOrdinaryWord(tokens.tokenText(end)))
                ++end;
            labelMention(labels, j, end, EntityType::Organization);
            continue;
        }
        const bilou::Part part = bilou::partOf(labels[j]);
        if (part != bilou::Begin && part != bilou::Unit)
            continue;
        const EntityType type = bilou::typeOf(labels[j]);
        const qsizetype end = mentionEnd(labels, j);
        if (type == EntityType::Organization
            || (type == EntityType::Person && end - j >= 2 && (gazetteer.lookupWord(w) & FirstNames))
            || (end - j == 1 && isOrdinaryWord(w)))
            continue;
        labelMention(labels, j, end, EntityType::Organization);
    }
}

// "In a post on Truth Social, Trump said": a name, a comma and one more name before a verb are two mentions,
// which the model, short of context in a one-sentence text, sometimes reads as one. Names that hold a comma
// end in a legal form or go on after it ("Kalf, Voorhis & Co", "Public Service, Labour and Social Welfare").
void splitAtCommas(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Personal
        = Gazetteer::FirstName | Gazetteer::FirstNameCommon | Gazetteer::Surname | Gazetteer::SurnameCommon;
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.end - s.first < 3 || tokens.tokenText(s.end - 2) != u"," || s.end >= n
            || !isLowerWord(tokens.tokenText(s.end)))
            continue;
        const QStringView tail = tokens.tokenText(s.end - 1);
        if (!isNameWord(tail) || !hasLowerCase(tail)
            || (isDesignatorForm(tail) && (gazetteer.lookupWord(tail) & Gazetteer::CorporateDesignator)))
            continue;
        splitMention(labels, s.first, s.end - 2, s.end, s.type,
            gazetteer.lookupWord(tail) & Personal ? EntityType::Person : s.type);
    }
}

// The gazetteer's categories of tokens [first, end) as one entry (0 if the lists hold no such phrase).
std::uint16_t phraseCategories(
    const TokenizedText &tokens, const Gazetteer &gazetteer, qsizetype first, qsizetype end)
{
    if (end - first > Gazetteer::MaxPhraseTokens)
        return 0;
    std::array<std::uint64_t, Gazetteer::MaxPhraseTokens> hashes;
    for (qsizetype k = first; k < end; ++k) {
        const QStringView w = tokens.tokenText(k);
        hashes[k - first] = gazetteer.wordHash(w, featurehash::gazetteerHash(w));
    }
    std::vector<Gazetteer::Match> matches;
    gazetteer.match(hashes.data(), 0, end - first, matches);
    return !matches.empty() && matches.front().first == 0 && matches.front().end == end - first
        ? matches.front().categories
        : 0;
}

// "The Times of Israel and Haaretz reported", "Tata Consultancy Services and Infosys": the model sometimes
// reads two organisations joined by "and" as one. Two words or more, "and" and one word that is no ordinary
// word, no word of organisations' names and no personal name are two, as are a name, "and" and a known
// company. "Ministry of Trade and Industry" (an official body's fields), "Stars and Stripes" and "Marks
// and Spencer" stay one.
void splitAtAnd(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    constexpr std::uint16_t Keep = Gazetteer::FirstName | Gazetteer::FirstNameCommon | Gazetteer::Surname
        | Gazetteer::SurnameCommon | Gazetteer::OrganizationWord | Gazetteer::CorporateDesignator;
    constexpr std::uint16_t Organisation = Gazetteer::KnownOrganization | Gazetteer::Company;
    for (const Span &s : spansOf(labels)) {
        if (s.type != EntityType::Organization || s.end - s.first < 3)
            continue;
        // "Amnesty International and Human Rights Watch": two names the lists hold, where they do not
        // hold the whole.
        qsizetype at = s.first + 1;
        while (at + 1 < s.end && tokens.tokenText(at) != u"and")
            ++at;
        if (at + 1 < s.end && (phraseCategories(tokens, gazetteer, s.first, at) & Organisation)
            && (phraseCategories(tokens, gazetteer, at + 1, s.end) & Organisation)
            && !(phraseCategories(tokens, gazetteer, s.first, s.end) & Organisation)) {
            splitMention(labels, s.first, at, s.end, EntityType::Organization, EntityType::Organization);
            continue;
        }
        if (tokens.tokenText(s.end - 2) != u"and")
            continue;
        const NameWordList tailWords = nameWordList(tokens, s.end - 1, s.end); // "Infosys's" is "Infosys"
        if (tailWords.isEmpty())
            continue;
        const QStringView tail = tailWords.front();
        const std::uint16_t c = gazetteer.lookupWord(tail);
        const bool known = c & Gazetteer::KnownOrganization;
        if (!isNameWord(tail) || !hasLowerCase(tail)
            || (!known
                && ((c & Keep) || isOrdinaryWord(tail)
                    || s.end - s.first - (tokens.tokenText(s.first) == u"The" ? 1 : 0) == 3)))
            continue;
        bool official = false; // "Ministry of Trade and Industry" lists its fields
        for (qsizetype k = s.first + 1; k < s.end - 2 && !official; ++k)
            official = isIn(tokens.tokenText(k), {u"of", u"for", u"on"})
                && isOfficialHead(tokens.tokenText(k - 1));
        if (official && !known)
            continue;
        splitMention(labels, s.first, s.end - 2, s.end, EntityType::Organization, EntityType::Organization);
    }
}

// "Sen. Lindsey Graham, R-S.C.,", "Rep. Maxine Waters (D-CA)": a lawmaker's party and state, set off by
// commas or brackets, name no place or body of their own. ("on D-Day," has no comma before it.)
void dropPartyStates(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.end - s.first != 1 || s.first == 0 || s.end >= n)
            continue;
        const QStringView w = tokens.tokenText(s.first);
        if (w.size() < 3 || !isIn(w.left(1), {u"D", u"R", u"I"}) || w[1] != u'-' || !w[2].isUpper()
            || !isIn(tokens.tokenText(s.first - 1), {u",", u"("})
            || !isIn(tokens.tokenText(s.end), {u",", u")", u"."}))
            continue;
        labels[s.first] = bilou::Outside;
    }
}

// "the S&P 500", "the FTSE 100", "the Dow Jones Industrial Average", "the Nasdaq Composite": a market
// index is Other, with its count of stocks; the index provider named alone ("S&P cut its rating") keeps the
// model's reading.
void typeMarketIndexes(const TokenizedText &tokens, std::vector<int> &labels)
{
    const qsizetype n = tokens.tokens.size();
    for (const Span &s : spansOf(labels)) {
        if (s.type == EntityType::Misc && !(s.end < n && tokens.tokens[s.end].has(Token::Number)))
            continue;
        const QStringView last = tokens.tokenText(s.end - 1);
        if (s.end - s.first >= 2 && isIn(last, {u"Index", u"Composite", u"Average"})) {
            labelMention(labels, s.first, s.end, EntityType::Misc);
            continue;
        }
        if (s.end >= n || labels[s.end] != bilou::Outside || !tokens.tokens[s.end].has(Token::Number))
            continue;
        const QStringView count = tokens.tokenText(s.end);
        if (isIn(count,
                {u"30", u"40", u"50", u"100", u"200", u"225", u"250", u"500", u"600", u"1000", u"2000"})
            && isIn(nameKey(tokens, s.first, s.end),
                {u"s&p", u"s & p", u"ftse", u"stoxx", u"euro stoxx", u"nikkei", u"russell", u"cac", u"dax",
                    u"msci", u"nifty", u"asx", u"tsx", u"kospi"}))
            labelMention(labels, s.first, s.end + 1, EntityType::Misc);
    }
}

} // namespace

void applyTaggerRules(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels,
    std::vector<float> *confidence)
{
    splitAtCommas(tokens, gazetteer, labels);
    splitAtAnd(tokens, gazetteer, labels);
    labelExchangeTickers(tokens, gazetteer, labels);
    labelLegalForms(tokens, gazetteer, labels, confidence);
    dropBareLegalForms(tokens, gazetteer, labels);
    dropDegreesAfterPeople(tokens, labels);
    dropPartyStates(tokens, labels);
    dropCommonAcronyms(tokens, gazetteer, labels);
    dropDefinedAbbreviations(tokens, labels);
    harmonizeLists(tokens, gazetteer, labels);
    joinOfficialNames(tokens, gazetteer, labels);
    joinOfficialHeadsBefore(tokens, labels);
    joinLowerCaseHeads(tokens, labels);
    joinNameParticles(tokens, labels);
    labelCompanyAppositions(tokens, labels, confidence);
    applyHeadWords(tokens, labels);
    joinLeadingInitials(tokens, labels);
    keepKnownOrganisations(tokens, gazetteer, labels);
    typeNamesBeforeModifiers(tokens, gazetteer, labels);
    applyRoleContext(tokens, gazetteer, labels);
    labelEmployers(tokens, gazetteer, labels);
    labelMaoriOrganisations(tokens, labels);
    labelProducts(tokens, gazetteer, labels);
    dropOrdinaryPhrasePeople(tokens, gazetteer, labels);
    dropOrdinaryWords(tokens, gazetteer, labels);
    dropCodeIdentifiers(tokens, labels);
    typeLaws(tokens, labels);
    typeSiteAndMemberWords(tokens, labels);
    typeAwards(tokens, labels);
    typeAdministrations(tokens, gazetteer, labels);
    typePartyMembers(tokens, labels);
    typeCompaniesAfterModifiers(tokens, gazetteer, labels);
    typeMarketIndexes(tokens, labels);
    typeByFirstWord(tokens, gazetteer, labels);
    typePeopleConsistently(tokens, gazetteer, labels);
    typeEmployersBeforePeople(tokens, labels);
    typePeopleColumns(tokens, labels);
    joinPluralPossessives(tokens, labels);
    labelDatelineAgencies(tokens, labels);
    typeOrganisationsConsistently(tokens, gazetteer, labels);
}

} // namespace dramatis
