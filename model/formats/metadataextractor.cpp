#include "formats/metadataextractor.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace dramatis {

namespace {

using RE = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

// How far the header may reach: past this many non-blank lines, or at a line this long, the body has begun.
constexpr int kMaxHeaderLines = 15;
constexpr int kBodyWords = 25;
constexpr int kBodyChars = 220;

QString normalizedKey(const QString &s)
{
    QString k = s.trimmed().toLower();
    while (!k.isEmpty() && (k.back() == u':' || k.back() == u'.' || k.back() == u'|'))
        k.chop(1);
    return k.simplified();
}

// A few outlets by name, so that a bare "Reuters" line or "Jane Doe, Reuters" is read right. Unknown
// outlets are still found by their place and shape (a short capitalised line beside the headline).
const QSet<QString> &knownOutlets()
{
    static const QSet<QString> set = [] {
        const char *const names[] = {
            "reuters", "thomson reuters", "associated press", "the associated press", "ap", "ap news", "afp",
            "agence france-presse", "bloomberg", "bloomberg news", "bbc", "bbc news", "cnn", "cnbc", "npr",
            "the guardian", "guardian", "the observer", "the new york times", "new york times", "nyt",
            "the washington post", "washington post", "financial times", "the financial times", "ft",
            "the wall street journal", "wall street journal", "wsj", "the economist", "al jazeera", "politico",
            "axios", "the verge", "techcrunch", "wired", "ars technica", "fox news", "nbc news", "abc news",
            "cbs news", "sky news", "the times", "the sunday times", "the telegraph", "the independent",
            "le monde", "der spiegel", "spiegel", "nikkei", "nikkei asia", "south china morning post", "forbes",
            "business insider", "insider", "fortune", "the atlantic", "vox", "deutsche welle", "dw", "euronews",
            "the hindu", "the times of india", "sydney morning herald", "the sydney morning herald", "xinhua",
            "kyodo news", "yonhap", "the register", "zdnet", "engadget", "usa today", "los angeles times",
            "the los angeles times", "time", "newsweek", "the irish times", "el país", "el pais",
            "frankfurter allgemeine", "handelsblatt", "the new yorker", "marketwatch", "yahoo news",
            "yahoo finance", "the information", "semafor", "the hill", "propublica"};
        QSet<QString> s;
        for (const char *n : names)
            s.insert(QString::fromUtf8(n));
        return s;
    }();
    return set;
}

// Page furniture that copy-and-paste brings along: share buttons, players, section names.
const QSet<QString> &labelLines()
{
    static const QSet<QString> set = [] {
        const char *const labels[] = {
            "share", "share this", "share this article", "share this story", "share article", "share story",
            "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email",
            "share page", "listen", "listen to this article", "listen to article", "listen to this story",
            "advertisement", "ad", "sponsored", "save", "saved", "save article", "save for later", "print",
            "email", "e-mail", "comments", "comment", "follow", "follow us", "copy link", "link copied",
            "gift this article", "gift article", "subscribe", "sign up", "newsletter", "facebook", "twitter",
            "x", "linkedin", "whatsapp", "reddit", "bookmark", "date", "published", "updated", "author",
            "authors", "by", "source", "image", "photo", "video", "play video", "watch", "close", "menu",
            "skip to content", "skip advertisement", "read more", "related", "more", "top stories",
            "breaking", "breaking news", "live", "exclusive", "analysis", "opinion", "news", "home",
            "story continues below advertisement", "continue reading", "toggle caption", "hide caption",
            "enlarge this image", "expand", "show more", "text size", "font size", "aa", "business",
            "technology", "tech", "world", "politics", "markets", "economy", "science", "health", "sport",
            "sports", "culture", "europe", "asia", "americas", "finance", "companies", "world news",
            "business news", "tech news", "latest news", "audio", "gallery", "photos", "copy", "translate",
            "add to myft", "add topic", "open in app", "most read"};
        QSet<QString> s;
        for (const char *l : labels)
            s.insert(QString::fromUtf8(l));
        return s;
    }();
    return set;
}

bool isLabelNoise(const QString &line)
{
    const QString key = normalizedKey(line);
    if (key.isEmpty() || labelLines().contains(key))
        return true;
    static const RE readingTime(QStringLiteral(R"(^(?:(?:listen|reading time|read time|audio)\s*[:(·•\-–]?\s*)?\d+\s*[-–]?\s*(?:min|mins|minute|minutes)\b\.?(?:\s*(?:read|listen|audio))?\)?$)"), CI);
    static const RE caption(QStringLiteral(R"(^\(?(?:image|images|photo|photos|photograph|picture|pictured|caption|credit|credits|illustration|image caption|image source|photo credit|video caption|alt text|alt|image description|graphic|file photo)\s*[:,]\s*\S)"), CI);
    static const RE inlineCaption(QStringLiteral(R"(\b(?:photograph|photo|image|illustration|picture)\s*:\s*[^.]{1,80}$)"), CI);
    static const RE agencyCredit(QStringLiteral(R"((?:getty images|shutterstock|\bap photo\b|\bafp via\b|\bepa-efe\b|\balamy\b|\breuters/)\S*\s*\)?$)"), CI);
    static const RE shareRow(QStringLiteral(R"(^(?:(?:share|facebook|twitter|x|linkedin|email|e-mail|whatsapp|reddit|print|copy link|save|flipboard|pinterest|telegram|comments?)[\s|·•,/]*)+$)"), CI);
    static const RE relativeTime(QStringLiteral(R"(^(?:updated|published|posted)?\s*(?:\d+|an?|one)\s+(?:second|minute|hour|day|week)s?\s+ago$)"), CI);
    return readingTime.match(key).hasMatch() || caption.match(line.trimmed()).hasMatch()
           || inlineCaption.match(line.trimmed()).hasMatch()
           || agencyCredit.match(line.trimmed()).hasMatch() || shareRow.match(key).hasMatch()
           || relativeTime.match(key).hasMatch();
}

int wordCount(const QString &s)
{
    return int(s.split(u' ', Qt::SkipEmptyParts).size());
}

// "Harbor Ledger", "The Daily Courier", "techwire.com": how an outlet's name looks on a line of its own.
bool isOutletShaped(const QString &line)
{
    static const RE domain(QStringLiteral(R"(^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|co\.uk|co|news|io|de|fr|uk)$)"), CI);
    static const RE word(QStringLiteral(R"(^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&|for|de|la|le|el)$)"));
    const QString t = line.trimmed();
    if (domain.match(t).hasMatch())
        return true;
    const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return false;
    for (const QString &w : words)
        if (!word.match(w).hasMatch())
            return false;
    return true;
}

QString titleCased(const QString &s)
{
    // "JANE DOE" -> "Jane Doe"; mixed-case names are left as written.
    if (s != s.toUpper())
        return s;
    QString out = s.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetter() && c != u'\'' && c != u'’';
    }
    return out;
}

QString monthPattern()
{
    return QStringLiteral("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                          "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)");
}

// Words that make a short line an outlet's name rather than a person's.
bool hasOutletWord(const QString &line)
{
    static const RE word(QStringLiteral(R"(^the\b|\b(?:ledger|times|post|news|herald|journal|gazette|tribune|chronicle|daily|weekly|review|observer|courier|press|wire|report|today|magazine|standard|telegraph|mail|express|star|globe|mirror|register|record|bulletin|monitor|dispatch|examiner|inquirer|independent|insider|digest|network|radio|tv|media|online|week|financial|economist|post-gazette|sentinel|beacon|voice|tribune|agency)\b)"), CI);
    return word.match(line).hasMatch();
}

bool isPersonName(const QString &s)
{
    static const RE part(QStringLiteral(R"(^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.|de|da|das|dos|van|von|der|den|del|della|di|du|la|le|al|bin|ibn|el|y|ter|zu)$)"));
    static const RE capital(QStringLiteral(R"(^\p{Lu})"));
    const QStringList words = s.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    int capitalised = 0;
    for (const QString &w : words) {
        if (!part.match(w).hasMatch())
            return false;
        capitalised += capital.match(w).hasMatch();
    }
    if (capitalised < 2)
        return false;
    // Months and weekdays look like names in "By March 2025".
    static const RE calendar(QStringLiteral(R"(^(?:%1|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$)").arg(monthPattern()), CI);
    return !calendar.match(words.first()).hasMatch();
}

bool isRole(const QString &s)
{
    static const RE role(QStringLiteral(R"(\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|analyst|bureau|chief|senior|desk|journalist|producer|in\s+\p{Lu}\p{L}+)\b)"), CI);
    return role.match(s).hasMatch();
}

int monthNumber(const QString &name)
{
    static const char *const prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString p = name.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (p == QLatin1String(prefixes[i]))
            return i + 1;
    return 0;
}

int fullYear(const QString &y)
{
    const int v = y.toInt();
    return y.size() == 2 ? 2000 + v : v;
}

QDate makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2100)
        return {};
    return QDate(y, m, d); // invalid (not null-safe) for impossible days: QDate::isValid says so
}

// One line of the header, read as metadata (or not).
struct HeaderLine
{
    enum Kind { Unknown, Blank, Title, Source, Date, Byline, Role, Noise, Body };
    Kind kind = Unknown;
    QString text;
};

// Lines that say when the article appeared; "updated" dates count only when nothing better is there.
struct DateLine
{
    QDate date;
    bool updated = false;
    bool matched = false; // the line is a date line, even when the date could not be read ("Updated 2h ago")
};

DateLine parseDateLine(const QString &line)
{
    static const RE prefix(QStringLiteral(R"(^(first\s+published|published|last\s+updated|updated|last\s+modified|modified|posted|date|dated|released)(?:\s+(?:on|at))?\s*[:\-–]?\s*(.*)$)"), CI);
    DateLine r;
    QString rest = line.trimmed();
    const auto m = prefix.match(rest);
    if (m.hasMatch()) {
        const QString word = m.captured(1).toLower();
        r.updated = word.contains(u"updated") || word.contains(u"modified");
        rest = m.captured(2).trimmed();
        // Published/updated with something date-ish that cannot be read still is page furniture.
        static const RE dateish(QStringLiteral(R"(\d|ago|yesterday|today)"), CI);
        r.matched = wordCount(rest) <= 8 && dateish.match(rest).hasMatch();
    }
    r.date = MetadataExtractor::parseDate(rest);
    r.matched = r.matched || r.date.isValid();
    return r;
}

} // namespace

bool MetadataExtractor::isKnownOutlet(const QString &name)
{
    return knownOutlets().contains(normalizedKey(name));
}

QDate MetadataExtractor::parseDate(const QString &text)
{
    QString s = text.simplified();
    while (s.endsWith(u'.') || s.endsWith(u','))
        s.chop(1);
    static const RE weekday(QStringLiteral(R"(^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)"), CI);
    s.remove(weekday);
    // AP style puts the time first: "9:30 AM EDT, March 14, 2024".
    static const RE leadingTime(QStringLiteral(R"(^\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,5})?\s*,?\s+(?=\D))"));
    s.remove(leadingTime);
    s.remove(weekday);
    static const RE iso(QStringLiteral(R"(^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"));
    static const RE numeric(QStringLiteral(R"(^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?!\d))"));
    static const RE monthFirst(QStringLiteral(R"(^%1\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))").arg(monthPattern()), CI);
    static const RE dayFirst(QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?%1\.?,?\s+(\d{4}))").arg(monthPattern()), CI);
    // What may follow a date: a time and a zone ("09.30 GMT", "at 9:30 a.m. ET", "14:05 UTC+1").
    static const RE trailer(QStringLiteral(
        R"(^[\s,;|·•\-–]*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[aApP]\.?[mM]\.?)?|\d{1,2}\s*[aApP]\.?[mM]\.?)?\s*(?:\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?\s*$)"));

    QDate date;
    qsizetype consumed = 0;
    if (auto m = iso.match(s); m.hasMatch()) {
        date = makeDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        consumed = m.capturedLength(0);
    } else if (auto m = numeric.match(s); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int y = fullYear(m.captured(4));
        // Day first, as most of the world writes it; month first only when day first is impossible.
        date = a <= 31 && b <= 12 ? makeDate(y, b, a) : QDate();
        if (!date.isValid() && a <= 12)
            date = makeDate(y, a, b);
        consumed = m.capturedLength(0);
    } else if (auto m = monthFirst.match(s); m.hasMatch()) {
        date = makeDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
        consumed = m.capturedLength(0);
    } else if (auto m = dayFirst.match(s); m.hasMatch()) {
        date = makeDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        consumed = m.capturedLength(0);
    }
    if (!date.isValid() || !trailer.match(s.mid(consumed)).hasMatch())
        return {};
    return date;
}

MetadataExtractor::Byline MetadataExtractor::parseByline(const QString &line)
{
    static const RE lead(QStringLiteral(R"(^(?:by|written by|words by|story by|text by|reporting by|author|authors|byline|reporter)\s*:?\s+(.+)$)"), CI);
    Byline b;
    const auto m = lead.match(line.trimmed());
    if (!m.hasMatch())
        return b;
    QString rest = m.captured(1).trimmed();
    static const RE forOutlet(QStringLiteral(R"(\s+for\s+(.+)$)"));
    if (auto f = forOutlet.match(rest); f.hasMatch()) {
        b.source = f.captured(1).trimmed();
        rest.truncate(f.capturedStart(0));
    }
    static const RE separators(QStringLiteral(R"(\s*,\s*|\s+and\s+|\s*&\s*)"));
    static const RE staff(QStringLiteral(R"(^(.+?)\s+(?:staff|staff reporters?|newsroom|news desk|desk)$)"), CI);
    static const RE inPlace(QStringLiteral(R"(^(.+?)\s+in\s+\p{Lu}[\p{L} ]*$)"));
    const QStringList pieces = rest.split(separators, Qt::SkipEmptyParts);
    for (QString piece : pieces) {
        piece = piece.trimmed();
        if (auto s = staff.match(piece); s.hasMatch() && b.source.isEmpty()) {
            b.source = s.captured(1);
            continue;
        }
        if (auto p = inPlace.match(piece); p.hasMatch() && isPersonName(p.captured(1)))
            piece = p.captured(1);
        if (isKnownOutlet(piece)) {
            if (b.source.isEmpty())
                b.source = piece;
        } else if (!b.authors.isEmpty() && isRole(piece)) {
            continue;
        } else if (isPersonName(titleCased(piece))) {
            b.authors.append(titleCased(piece));
        } else if (!b.authors.isEmpty() && b.source.isEmpty() && isOutletShaped(piece)) {
            b.source = piece;
        } else {
            // Not a byline after all ("By the end of the year, ...").
            return {};
        }
    }
    return b;
}

MetadataExtractor::Result MetadataExtractor::extract(const QString &text, const QString &knownTitle)
{
    Result r;
    r.title = knownTitle;
    // The header is within the first few dozen lines: split only those, and carry the rest over as is.
    constexpr int kHeadLines = 64;
    qsizetype cut = -1;
    for (int k = 0; k < kHeadLines; ++k) {
        cut = text.indexOf(u'\n', cut + 1);
        if (cut < 0)
            break;
    }
    const QString head = cut < 0 ? text : text.left(cut);
    const QStringView tail = cut < 0 ? QStringView() : QStringView(text).mid(cut);
    QStringList lines = head.split(u'\n');
    std::vector<HeaderLine::Kind> kinds(lines.size(), HeaderLine::Unknown);

    // Pass 1: find the header window and what each of its lines is.
    qsizetype headerEnd = lines.size();
    int nonBlank = 0;
    QDate updatedDate;
    QStringList authors;
    enum class Expect { Nothing, Author, Source } expect = Expect::Nothing;
    std::vector<qsizetype> candidates; // short unknown lines: the headline and perhaps the outlet
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty()) {
            kinds[i] = HeaderLine::Blank;
            continue;
        }
        if (++nonBlank > kMaxHeaderLines || wordCount(line) >= kBodyWords || line.size() > kBodyChars) {
            headerEnd = i;
            break;
        }
        const QString key = normalizedKey(line);
        if (!knownTitle.isEmpty() && key == normalizedKey(knownTitle)) {
            kinds[i] = HeaderLine::Title;
            continue;
        }
        if (key == u"by" || key == u"author" || key == u"authors" || key == u"byline") {
            kinds[i] = HeaderLine::Noise;
            expect = Expect::Author;
            continue;
        }
        if (key == u"source" || key == u"publisher" || key == u"outlet") {
            kinds[i] = HeaderLine::Noise;
            expect = Expect::Source;
            continue;
        }
        if (expect == Expect::Author && isPersonName(titleCased(line))) {
            kinds[i] = HeaderLine::Byline;
            authors.append(titleCased(line));
            expect = Expect::Nothing;
            continue;
        }
        if (expect == Expect::Source && isOutletShaped(line)) {
            kinds[i] = HeaderLine::Source;
            r.source = line;
            expect = Expect::Nothing;
            continue;
        }
        expect = Expect::Nothing;
        static const RE labelled(QStringLiteral(R"(^(title|headline|source|publisher|outlet|publication)\s*:\s*(.+)$)"), CI);
        if (auto m = labelled.match(line); m.hasMatch()) {
            const QString label = m.captured(1).toLower();
            if (label == u"title" || label == u"headline") {
                if (r.title.isEmpty())
                    r.title = m.captured(2).trimmed();
            } else if (r.source.isEmpty()) {
                r.source = m.captured(2).trimmed();
            }
            kinds[i] = HeaderLine::Source;
            continue;
        }
        // A line may hold several fields: "By Jane Doe | Reuters | 14 March 2024".
        static const RE fieldSeparator(QStringLiteral(R"(\s+[|·•]\s+|\s+[—–]\s+|\s*\|\s*)"));
        const QStringList parts = line.split(fieldSeparator, Qt::SkipEmptyParts);
        bool all = true;
        bool any = false;
        bool hasDate = false;
        QStringList unknownNames;
        for (const QString &part : parts) {
            if (const DateLine d = parseDateLine(part); d.matched) {
                if (d.date.isValid()) {
                    if (!d.updated && !r.date.isValid())
                        r.date = d.date;
                    else if (d.updated && !updatedDate.isValid())
                        updatedDate = d.date;
                }
                any = true;
                hasDate = true;
            } else if (const Byline b = parseByline(part); b.isByline()) {
                authors.append(b.authors);
                if (r.source.isEmpty())
                    r.source = b.source;
                any = true;
            } else if (isKnownOutlet(part)) {
                if (r.source.isEmpty())
                    r.source = part.trimmed();
                any = true;
            } else if (isLabelNoise(part)) {
                any = true;
            } else if (parts.size() > 1 && isOutletShaped(part) && hasOutletWord(part)) {
                if (r.source.isEmpty())
                    r.source = part.trimmed();
                any = true;
            } else if (parts.size() > 1 && isPersonName(titleCased(part.trimmed()))) {
                unknownNames.append(titleCased(part.trimmed()));
            } else {
                all = false;
            }
        }
        // "Business reporter, BBC News": the author's job under the author's name.
        static const RE roleLine(QStringLiteral(R"(^((?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist)(?:\s+[\p{L}-]+){0,3})(?:\s*,\s*(.+))?$)"), CI);
        auto afterName = [&] {
            for (qsizetype k = i - 1; k >= 0; --k)
                if (const QString prev = lines[k].trimmed(); !prev.isEmpty())
                    return isPersonName(titleCased(prev));
            return false;
        };
        if (const auto role = roleLine.match(line); parts.size() == 1 && !any && role.hasMatch() && afterName()) {
            const QString outlet = role.captured(2).trimmed();
            if (!outlet.isEmpty() && r.source.isEmpty() && (isKnownOutlet(outlet) || isOutletShaped(outlet)))
                r.source = outlet;
            kinds[i] = HeaderLine::Role;
            continue;
        }
        if (parts.size() == 1 && !any) {
            // "Jane Doe, Reuters": a name and a known outlet, without "By".
            const qsizetype comma = line.lastIndexOf(u',');
            if (comma > 0 && isKnownOutlet(line.mid(comma + 1)) && isPersonName(titleCased(line.left(comma).trimmed()))) {
                authors.append(titleCased(line.left(comma).trimmed()));
                if (r.source.isEmpty())
                    r.source = line.mid(comma + 1).trimmed();
                kinds[i] = HeaderLine::Byline;
                continue;
            }
        }
        if (any && all) {
            authors.append(unknownNames);
            kinds[i] = hasDate ? HeaderLine::Date : HeaderLine::Noise;
            continue;
        }
        // A "Headline | Outlet" page title.
        if (parts.size() == 2 && (isKnownOutlet(parts[1]) || isOutletShaped(parts[1])) && wordCount(parts[0]) >= 3
            && r.title.isEmpty()) {
            r.title = parts[0].trimmed();
            if (r.source.isEmpty())
                r.source = parts[1].trimmed();
            kinds[i] = HeaderLine::Title;
            continue;
        }
        // A line that the next one continues in lower case is the start of a paragraph, not a headline.
        if (const QString after = i + 1 < lines.size() ? lines[i + 1].trimmed() : QString();
            !after.isEmpty() && after.front().isLower() && wordCount(after) >= 3 && !isLabelNoise(after)) {
            headerEnd = i;
            break;
        }
        // Headlines and outlet names are short and do not end like a sentence.
        if (wordCount(line) <= 20 && !line.endsWith(u'.') && !line.endsWith(u':') && !line.endsWith(u',')
            && !line.endsWith(u';'))
            candidates.push_back(i);
        else if (r.title.isEmpty() && candidates.empty()) {
            headerEnd = i; // a sentence before any headline: the text has no header
            break;
        }
    }

    // Pass 2: the headline and the outlet among the short unknown lines, by shape and place.
    auto take = [&](qsizetype i, HeaderLine::Kind kind, QString &field) {
        kinds[i] = kind;
        if (field.isEmpty())
            field = lines[i].trimmed();
    };
    std::size_t next = 0;
    if (r.title.isEmpty() && !candidates.empty()) {
        const QString first = lines[candidates[0]].trimmed();
        const bool secondIsLonger = candidates.size() > 1
                                    && wordCount(lines[candidates[1]]) > wordCount(first);
        if (isOutletShaped(first) && (secondIsLonger || wordCount(first) == 1) && candidates.size() > 1) {
            take(candidates[0], HeaderLine::Source, r.source);
            take(candidates[1], HeaderLine::Title, r.title);
            next = 2;
        } else {
            take(candidates[0], HeaderLine::Title, r.title);
            next = 1;
        }
    }
    if (next < candidates.size() && r.source.isEmpty()) {
        const QString line = lines[candidates[next]].trimmed();
        // "Harbor Ledger" and "Jane Doe" have the same shape: a name-like line is left to the byline
        // rule below unless a word in it says newspaper.
        if (isOutletShaped(line) && wordCount(line) <= 3
            && (hasOutletWord(line) || wordCount(line) == 1 || !isPersonName(line)))
            take(candidates[next], HeaderLine::Source, r.source);
    }

    // A name alone on a line next to the date line is the byline of pages that print no "By".
    auto neighbourKind = [&](qsizetype i, int step) {
        for (i += step; i >= 0 && i < headerEnd; i += step)
            if (kinds[i] != HeaderLine::Blank)
                return kinds[i];
        return HeaderLine::Blank;
    };
    static const RE inPlace(QStringLiteral(R"(^(.+?)\s+in\s+\p{Lu}[\p{L} ]*$)"));
    auto besideByline = [&](qsizetype i) {
        for (const int step : {-1, 1}) {
            const HeaderLine::Kind k = neighbourKind(i, step);
            if (k == HeaderLine::Date || k == HeaderLine::Role)
                return true;
        }
        return false;
    };
    for (std::size_t c = next; c < candidates.size(); ++c) {
        const qsizetype i = candidates[c];
        QString name = titleCased(lines[i].trimmed());
        if (const auto m = inPlace.match(name); m.hasMatch() && isPersonName(m.captured(1)))
            name = m.captured(1);
        if (kinds[i] == HeaderLine::Unknown && isPersonName(name) && besideByline(i)) {
            kinds[i] = HeaderLine::Byline;
            authors.append(name);
        }
    }

    if (!r.date.isValid())
        r.date = updatedDate;
    authors.removeDuplicates();
    if (authors.size() <= 2)
        r.author = authors.join(QStringLiteral(" and "));
    else
        r.author = authors.mid(0, authors.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + authors.last();

    // Pass 3: the text without the recognised lines; blank lines they leave behind collapse.
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool inHeader = i < headerEnd;
        if (inHeader && kinds[i] != HeaderLine::Unknown && kinds[i] != HeaderLine::Blank)
            continue;
        if (inHeader && kinds[i] == HeaderLine::Blank && (kept.isEmpty() || kept.last().trimmed().isEmpty()))
            continue;
        kept.append(lines[i]);
    }
    QString body = QString(kept.join(u'\n') + tail);
    body = std::move(body).trimmed();
    // Never leave an article without text: a file that is all header keeps its lines.
    r.text = body.isEmpty() ? text.trimmed() : body;
    return r;
}

} // namespace dramatis
