#include "identifiers/identifierfinder.h"

#include "identifiers/iban.h"
#include "identifiers/phonenumbers.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QUrl>

#include <unicode/ucurr.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isCurrencySign(QChar c)
{
    return c == u'$' || (c.unicode() >= 0x80 && c.category() == QChar::Symbol_Currency);
}

// A view of the text with safe reads past either end.
struct Scanner
{
    QStringView text;

    char16_t at(qsizetype i) const { return i >= 0 && i < text.size() ? text[i].unicode() : u'\0'; }
    QChar qat(qsizetype i) const { return QChar(at(i)); }
    bool startsWith(qsizetype i, QStringView s) const
    {
        return i + s.size() <= text.size() && text.mid(i, s.size()).compare(s, Qt::CaseInsensitive) == 0;
    }
};

// ---- e-mail, handles, hashtags, web addresses, domains ----

bool isEmailLocalChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

bool isHostChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'.';
}

// Top-level domains a bare "name.tld" in prose is taken for a domain with: the common generic ones and
// the countries the news writes about. A full list would turn "report.pdf" and "end.It" into domains.
bool isKnownTld(QStringView tld)
{
    static const QStringList tlds = [] {
        QStringList l
            = QStringLiteral("ai app at au be biz br ca ch cn co com cz de dev dk edu es eu fi fr gov gr hk "
                             "ie il in info io it jp "
                             "kr me mil mx net news nl no nz org pl pt ru se sg tech tv tw ua uk us xyz za")
                  .split(u' ');
        std::sort(l.begin(), l.end());
        return l;
    }();
    const QString lower = tld.toString().toLower();
    // Written all in lower case or all in capitals: "Amazon.COM", not a sentence run into "end.It".
    if (lower != tld && tld.toString().toUpper() != tld)
        return false;
    return std::binary_search(tlds.cbegin(), tlds.cend(), lower);
}

// The end of a host name starting at `from` ("mail.example.co.uk"), trailing dots and hyphens left out;
// `from` when there is none. A host has at least two labels and ends in letters.
qsizetype hostEnd(const Scanner &s, qsizetype from, bool knownTldOnly)
{
    qsizetype end = from;
    while (isHostChar(s.at(end)))
        ++end;
    while (end > from && (s.at(end - 1) == u'.' || s.at(end - 1) == u'-'))
        --end;
    const QStringView host = s.text.mid(from, end - from);
    const qsizetype lastDot = host.lastIndexOf(u'.');
    if (lastDot <= 0 || host.contains(u".."_s))
        return from;
    const QStringView tld = host.mid(lastDot + 1);
    if (tld.size() < 2
        || !std::all_of(tld.begin(), tld.end(), [](QChar c) { return isAsciiLetter(c.unicode()); }))
        return from;
    if (knownTldOnly && !isKnownTld(tld))
        return from;
    return end;
}

// The end of a web address's path, query and fragment from `from`: up to white space or a character that
// cannot be part of one, without trailing punctuation or an unbalanced closing bracket.
qsizetype urlTailEnd(const Scanner &s, qsizetype from)
{
    qsizetype end = from;
    while (end < s.text.size()) {
        const QChar c = s.text[end];
        if (c.isSpace() || c == u'<' || c == u'>' || c == u'"' || c == u'\u201c' || c == u'\u201d'
            || c.category() == QChar::Other_Control)
            break;
        ++end;
    }
    while (end > from) {
        const char16_t c = s.at(end - 1);
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\''
            || c == u'\u2019' || c == u'\\' || c == u'-') {
            --end;
            continue;
        }
        if (c == u')' || c == u']') {
            const QStringView part = s.text.mid(from, end - from);
            const QChar open = c == u')' ? u'(' : u'[';
            if (part.count(open) < part.count(QChar(c))) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

// ---- phone numbers ----

bool isPhoneSeparator(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'\u00a0' || c == u'\u2011';
}

bool looksLikeYear(QStringView digits)
{
    return digits.size() == 4 && (digits.startsWith(u"19"_s) || digits.startsWith(u"20"_s));
}

// Whether the digit groups of a candidate are a date ("14.03.2024", "2024-03-14", "3/14/24"), a range of
// years ("2019-2024"), or a number with thousands separators ("5.000.000"): none is a phone number even
// where libphonenumber would accept its digits.
bool looksLikeNumberOtherThanPhone(QStringView candidate)
{
    QList<QStringView> groups;
    QString separators;
    qsizetype i = 0;
    while (i < candidate.size()) {
        if (!isAsciiDigit(candidate[i].unicode())) {
            separators += candidate[i];
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < candidate.size() && isAsciiDigit(candidate[i].unicode()))
            ++i;
        groups.append(candidate.mid(start, i - start));
    }
    const bool oneSeparator = !separators.isEmpty()
        && std::all_of(separators.cbegin(), separators.cend(), [&](QChar c) { return c == separators[0]; });
    if (groups.size() >= 3 && separators.size() >= 2 && separators[0] == separators[1]
        && (separators[0] == u'.' || separators[0] == u'/' || separators[0] == u'-')) {
        const auto &a = groups[0], &b = groups[1], &c = groups[2];
        const bool dayFirst = a.size() <= 2 && b.size() <= 2 && (c.size() == 2 || c.size() == 4);
        const bool yearFirst = a.size() == 4 && b.size() <= 2 && c.size() <= 2;
        if (dayFirst || yearFirst)
            return true;
    }
    if (groups.size() == 2 && looksLikeYear(groups[0]) && (looksLikeYear(groups[1]) || groups[1].size() == 2))
        return true;
    if (oneSeparator && (separators[0] == u'.' || separators[0] == u',') && groups.size() >= 2
        && groups[0].size() <= 3
        && std::all_of(groups.cbegin() + 1, groups.cend(), [](QStringView g) { return g.size() == 3; }))
        return true;
    return false;
}

// ---- money ----

struct Multiplier
{
    qsizetype length = 0; // characters of the word in the text, 0 when there is none
    int exponent = 0;
};

// "billion", "bn", "m", ... at `i` (no letter may follow).
Multiplier multiplierAt(const Scanner &s, qsizetype i)
{
    static const std::pair<QStringView, int> words[]
        = {{u"thousand", 3}, {u"million", 6}, {u"billion", 9}, {u"trillion", 12}, {u"mln", 6}, {u"bln", 9},
            {u"bn", 9}, {u"mn", 6}, {u"tn", 12}, {u"k", 3}, {u"m", 6}, {u"b", 9}};
    for (const auto &[word, exponent] : words) {
        if (s.startsWith(i, word) && !s.qat(i + word.size()).isLetterOrNumber()) {
            // A single letter only right after the figure and in lower case ("$5m", not "5 M" or "$5 Bay").
            if (word.size() == 1 && (s.at(i - 1) == u' ' || isAsciiUpper(s.at(i))))
                continue;
            return {word.size(), exponent};
        }
    }
    return {};
}

QString currencyForSign(QStringView sign)
{
    static const QHash<QString, QString> codes = {{u"$"_s, u"USD"_s}, {u"US$"_s, u"USD"_s},
        {u"A$"_s, u"AUD"_s}, {u"AU$"_s, u"AUD"_s}, {u"C$"_s, u"CAD"_s}, {u"CA$"_s, u"CAD"_s},
        {u"HK$"_s, u"HKD"_s}, {u"NZ$"_s, u"NZD"_s}, {u"S$"_s, u"SGD"_s}, {u"R$"_s, u"BRL"_s},
        {u"NT$"_s, u"TWD"_s}, {u"MX$"_s, u"MXN"_s}, {u"€"_s, u"EUR"_s}, {u"£"_s, u"GBP"_s},
        {u"¥"_s, u"JPY"_s}, {u"CN¥"_s, u"CNY"_s}, {u"₹"_s, u"INR"_s}, {u"₩"_s, u"KRW"_s},
        {u"₽"_s, u"RUB"_s}, {u"₺"_s, u"TRY"_s}, {u"₪"_s, u"ILS"_s}, {u"₫"_s, u"VND"_s}, {u"₱"_s, u"PHP"_s},
        {u"₴"_s, u"UAH"_s}, {u"₦"_s, u"NGN"_s}, {u"฿"_s, u"THB"_s}};
    return codes.value(sign.toString());
}

QString currencyForWord(QStringView word)
{
    static const QHash<QString, QString> codes = {{u"dollar"_s, u"USD"_s}, {u"dollars"_s, u"USD"_s},
        {u"euro"_s, u"EUR"_s}, {u"euros"_s, u"EUR"_s}, {u"pound"_s, u"GBP"_s}, {u"pounds"_s, u"GBP"_s},
        {u"sterling"_s, u"GBP"_s}, {u"yen"_s, u"JPY"_s}, {u"yuan"_s, u"CNY"_s}, {u"renminbi"_s, u"CNY"_s},
        {u"rupees"_s, u"INR"_s}, {u"francs"_s, u"CHF"_s}, {u"roubles"_s, u"RUB"_s}, {u"rubles"_s, u"RUB"_s}};
    return codes.value(word.toString().toLower());
}

// Whether three capitals are a currency's ISO 4217 code that is in use today (ICU's currency data).
bool isCurrencyCode(QStringView code)
{
    if (code.size() != 3
        || !std::all_of(code.begin(), code.end(), [](QChar c) { return isAsciiUpper(c.unicode()); }))
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const UChar iso[4] = {code[0].unicode(), code[1].unicode(), code[2].unicode(), 0};
    const UDate now = UDate(QDateTime::currentMSecsSinceEpoch());
    return ucurr_isAvailable(iso, now, now, &status) && U_SUCCESS(status);
}

struct Amount
{
    qsizetype end = 0; // after the figure and its multiplier word
    QString value; // the amount in full, "5000000000", "3.5"
};

// The figure at `i` ("5", "3.4", "1,250", "1.250,5") and the multiplier word after it, as an exact decimal.
std::optional<Amount> amountAt(const Scanner &s, qsizetype i)
{
    if (!isAsciiDigit(s.at(i)))
        return std::nullopt;
    qsizetype end = i;
    while (
        isAsciiDigit(s.at(end)) || ((s.at(end) == u',' || s.at(end) == u'.') && isAsciiDigit(s.at(end + 1))))
        ++end;
    const QStringView figure = s.text.mid(i, end - i);
    qsizetype wordStart = end;
    if (s.at(wordStart) == u' ' || s.at(wordStart) == u'\u00a0')
        ++wordStart;
    Multiplier multiplier = multiplierAt(s, wordStart);
    if (multiplier.length == 0)
        wordStart = end;
    // Which of '.' and ',' is the decimal mark: the last when both appear; a lone one followed by three
    // digits groups thousands ("$1,500") unless a multiplier follows ("€1.250 billion" is rare, "$1.5bn"
    // not).
    const qsizetype lastDot = figure.lastIndexOf(u'.'), lastComma = figure.lastIndexOf(u',');
    qsizetype decimal = -1;
    if (lastDot >= 0 && lastComma >= 0)
        decimal = std::max(lastDot, lastComma);
    else if (const qsizetype mark = std::max(lastDot, lastComma); mark >= 0) {
        const QChar c = figure[mark];
        const bool once = figure.count(c) == 1;
        const bool thousands = figure.size() - mark - 1 == 3 && multiplier.length == 0;
        if (once && !thousands)
            decimal = mark;
    }
    QString intPart, fracPart;
    for (qsizetype k = 0; k < figure.size(); ++k) {
        if (!isAsciiDigit(figure[k].unicode()))
            continue;
        (decimal >= 0 && k > decimal ? fracPart : intPart) += figure[k];
    }
    // Shift the decimal point by the multiplier's exponent, exactly.
    for (int e = 0; e < multiplier.exponent; ++e) {
        intPart += fracPart.isEmpty() ? u'0' : fracPart[0];
        if (!fracPart.isEmpty())
            fracPart.remove(0, 1);
    }
    while (fracPart.endsWith(u'0'))
        fracPart.chop(1);
    while (intPart.size() > 1 && intPart.startsWith(u'0'))
        intPart.remove(0, 1);
    Amount a;
    a.end = wordStart + multiplier.length;
    a.value = fracPart.isEmpty() ? intPart : intPart + u'.' + fracPart;
    return a;
}

class Finder
{
public:
    Finder(QStringView text, const QString &region)
        : m_s {text}
        , m_region(region)
    {
    }

    IdentifierList run()
    {
        const QStringView text = m_s.text;
        qsizetype i = 0;
        while (i < text.size()) {
            const qsizetype next = tryAt(i);
            i = next > i ? next : i + 1;
        }
        return std::move(m_found);
    }

private:
    // Looks for an identifier starting (or, for e-mail and domains, noticed) at `i`; the position after it
    // when one was recorded, else `i`.
    qsizetype tryAt(qsizetype i)
    {
        const char16_t c = m_s.at(i);
        switch (c) {
        case u'@':
            return email(i) ? m_lastEnd : handle(i);
        case u'#':
            return hashtag(i);
        case u'.':
            return domain(i);
        case u':':
            return ticker(i);
        case u'+':
        case u'(':
            return phone(i);
        case u'h':
        case u'H':
        case u'w':
        case u'W':
            if (const qsizetype end = url(i); end > i)
                return end;
            break;
        default:
            break;
        }
        if (isAsciiDigit(c)) {
            if (const qsizetype end = moneyAfterFigure(i); end > i)
                return end;
            return phone(i);
        }
        if (isAsciiUpper(c)) {
            if (const qsizetype end = iban(i); end > i)
                return end;
            return moneyWithCode(i);
        }
        if (isCurrencySign(QChar(c)))
            return moneyWithSign(i, i);
        return i;
    }

    void add(qsizetype start, qsizetype end, IdentifierKind kind, QString normalized)
    {
        // An e-mail address is noticed at its '@', after its local part was scanned for other things.
        while (!m_found.isEmpty() && m_found.back().end > start)
            m_found.removeLast();
        m_found.append(Identifier {start, end, kind, std::move(normalized)});
        m_lastEnd = end;
    }

    bool atWordStart(qsizetype i) const { return i == 0 || !isWordChar(m_s.qat(i - 1)); }

    bool email(qsizetype at)
    {
        qsizetype start = at;
        while (start > m_lastEnd && isEmailLocalChar(m_s.at(start - 1)))
            --start;
        while (start < at && m_s.at(start) == u'.')
            ++start;
        if (start == at || !atWordStart(start) || m_s.at(at - 1) == u'.')
            return false;
        const qsizetype end = hostEnd(m_s, at + 1, false);
        if (end == at + 1 || isWordChar(m_s.qat(end)))
            return false;
        add(start, end, IdentifierKind::Email, m_s.text.mid(start, end - start).toString().toLower());
        return true;
    }

    qsizetype handle(qsizetype at)
    {
        if (!atWordStart(at))
            return at;
        qsizetype end = at + 1;
        bool letter = false;
        while (isAsciiAlnum(m_s.at(end)) || m_s.at(end) == u'_') {
            letter = letter || isAsciiLetter(m_s.at(end));
            ++end;
        }
        if (!letter || end - at - 1 > 30 || isWordChar(m_s.qat(end)))
            return at;
        add(at, end, IdentifierKind::Handle, m_s.text.mid(at, end - at).toString().toLower());
        return end;
    }

    qsizetype hashtag(qsizetype at)
    {
        if (!atWordStart(at) || m_s.at(at - 1) == u'&')
            return at;
        qsizetype end = at + 1;
        bool letter = false;
        while (end < m_s.text.size() && isWordChar(m_s.qat(end)) && end - at <= 100) {
            letter = letter || m_s.qat(end).isLetter();
            ++end;
        }
        if (!letter || isWordChar(m_s.qat(end)))
            return at;
        add(at, end, IdentifierKind::Hashtag, m_s.text.mid(at, end - at).toString().toLower());
        return end;
    }

    qsizetype url(qsizetype at)
    {
        if (!atWordStart(at))
            return at;
        qsizetype hostStart;
        QString scheme;
        if (m_s.startsWith(at, u"https://"))
            hostStart = at + 8;
        else if (m_s.startsWith(at, u"http://"))
            hostStart = at + 7;
        else if (m_s.startsWith(at, u"www."))
            hostStart = at, scheme = u"http://"_s;
        else
            return at;
        const qsizetype host = hostEnd(m_s, hostStart, false);
        if (host == hostStart)
            return at;
        const qsizetype end = m_s.at(host) == u'/' || m_s.at(host) == u':' || m_s.at(host) == u'?'
            ? urlTailEnd(m_s, host)
            : host;
        const QUrl parsed(scheme + m_s.text.mid(at, end - at).toString(), QUrl::TolerantMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return at;
        add(at, end, IdentifierKind::Url, parsed.toString());
        return end;
    }

    // At a dot between letters: "nvidia.com", "bbc.co.uk"; with a path it is a web address.
    qsizetype domain(qsizetype dot)
    {
        if (!isAsciiAlnum(m_s.at(dot - 1)) || !isAsciiLetter(m_s.at(dot + 1)))
            return dot;
        qsizetype start = dot;
        while (start > m_lastEnd && isHostChar(m_s.at(start - 1)))
            --start;
        while (start < dot && !isAsciiAlnum(m_s.at(start)))
            ++start;
        // Not a piece of a longer address: "%2Fexample.com" in an encoded link, "user@", "/path".
        static const QString notBefore = QStringLiteral("/@%=&?:~_\\");
        if (!atWordStart(start) || notBefore.contains(m_s.qat(start - 1)))
            return dot;
        const qsizetype end = hostEnd(m_s, start, true);
        if (end <= dot + 1 || isWordChar(m_s.qat(end)) || m_s.at(end) == u'@')
            return dot;
        const QStringView host = m_s.text.mid(start, end - start);
        if (!std::any_of(host.begin(), host.begin() + (dot - start), [](QChar c) { return c.isLetter(); }))
            return dot;
        if (m_s.at(end) == u'/' && isAsciiAlnum(m_s.at(end + 1))) {
            const qsizetype tail = urlTailEnd(m_s, end);
            const QUrl parsed(
                u"http://"_s + m_s.text.mid(start, tail - start).toString(), QUrl::TolerantMode);
            if (parsed.isValid()) {
                add(start, tail, IdentifierKind::Url, parsed.toString());
                return tail;
            }
        }
        add(start, end, IdentifierKind::Domain, host.toString().toLower());
        return end;
    }

    // "(NASDAQ: AMD)", "NYSE:IBM", "LSE: BP.": an exchange, a colon and the symbol in capitals.
    qsizetype ticker(qsizetype colon)
    {
        static const QStringList exchanges = QStringLiteral(
            "AMEX ASX BIT BME BSE EPA ETR FRA FWB HKEX KRX LON LSE NASDAQ NSE NYSE NYSEAMERICAN OTC "
            "OTCQX SEHK SGX SIX SSE SWX SZSE TSE TSX TSXV TYO XETRA")
                                                 .split(u' ');
        qsizetype start = colon;
        while (start > m_lastEnd && isAsciiLetter(m_s.at(start - 1)))
            --start;
        if (start == colon || !atWordStart(start))
            return colon;
        const QString exchange = m_s.text.mid(start, colon - start).toString().toUpper();
        if (!exchanges.contains(exchange))
            return colon;
        qsizetype symbolStart = colon + 1;
        while (m_s.at(symbolStart) == u' ' || m_s.at(symbolStart) == u'\u00a0')
            ++symbolStart;
        qsizetype end = symbolStart;
        while (end - symbolStart < 10
            && (isAsciiUpper(m_s.at(end)) || isAsciiDigit(m_s.at(end))
                || ((m_s.at(end) == u'.' || m_s.at(end) == u'-') && isAsciiUpper(m_s.at(end + 1)))))
            ++end;
        if (end == symbolStart || !isAsciiUpper(m_s.at(symbolStart)) || isWordChar(m_s.qat(end)))
            return colon;
        add(start, end, IdentifierKind::Ticker,
            exchange + u':' + m_s.text.mid(symbolStart, end - symbolStart));
        return end;
    }

    qsizetype phone(qsizetype start)
    {
        const char16_t before = m_s.at(start - 1);
        if (isWordChar(QChar(before)) || before == u'+' || before == u'.' || before == u',' || before == u'-'
            || before == u'/' || isCurrencySign(QChar(before)))
            return start;
        qsizetype end = start;
        if (m_s.at(end) == u'+')
            ++end;
        int digits = 0;
        int open = 0;
        qsizetype lastDigitEnd = -1;
        while (end < m_s.text.size()) {
            const char16_t c = m_s.at(end);
            if (isAsciiDigit(c)) {
                ++digits;
                ++end;
                lastDigitEnd = end;
            } else if (c == u'(' && open == 0 && (isAsciiDigit(m_s.at(end + 1)))) {
                ++open;
                ++end;
            } else if (c == u')' && open == 1 && isAsciiDigit(m_s.at(end - 1))) {
                --open;
                ++end;
                lastDigitEnd = end;
            } else if (isPhoneSeparator(c) && (isAsciiDigit(m_s.at(end + 1)) || m_s.at(end + 1) == u'(')
                && lastDigitEnd == end) {
                ++end;
            } else {
                break;
            }
            if (digits > 15) // longer than any phone number: an account, a code; none of its parts either
                return end;
        }
        end = lastDigitEnd;
        if (digits < 7 || end < 0 || open != 0)
            return skipDigits(start);
        const char16_t after = m_s.at(end);
        if (isWordChar(QChar(after)) || after == u'%' || isCurrencySign(QChar(after))
            || (after == u',' && isAsciiDigit(m_s.at(end + 1))))
            return skipDigits(start);
        const QStringView candidate = m_s.text.mid(start, end - start);
        const bool international = candidate.startsWith(u'+') || candidate.startsWith(u"00"_s);
        // A bare run of digits is an order number or a count more often than a phone number; a national
        // number is written with a trunk 0, brackets or separators.
        if (!international && candidate[0] != u'0'
            && std::all_of(candidate.begin(), candidate.end(), [](QChar c) { return c.isDigit(); }))
            return skipDigits(start);
        if (looksLikeNumberOtherThanPhone(candidate) || afterIsbn(start))
            return skipDigits(start);
        const QString e164 = phoneNumberE164(candidate, m_region);
        if (e164.isEmpty())
            return skipDigits(start);
        add(start, end, IdentifierKind::Phone, e164);
        return end;
    }

    // The end of the run of digits and separators at `i`, so that a number that is not a phone number is
    // not tried again from each of its digits.
    qsizetype skipDigits(qsizetype i) const
    {
        qsizetype end = i + 1;
        while (isAsciiDigit(m_s.at(end))
            || ((isPhoneSeparator(m_s.at(end)) || m_s.at(end) == u',') && isAsciiDigit(m_s.at(end + 1))
                && m_s.at(end) != u' '))
            ++end;
        return end;
    }

    bool afterIsbn(qsizetype start) const
    {
        const qsizetype from = std::max<qsizetype>(0, start - 12);
        return m_s.text.mid(from, start - from).contains(u"ISBN"_s, Qt::CaseInsensitive);
    }

    // A figure followed by a currency: "5 billion dollars", "420 €", "100 USD".
    qsizetype moneyAfterFigure(qsizetype start)
    {
        const char16_t before = m_s.at(start - 1);
        if (isWordChar(QChar(before)) || before == u'.' || before == u',' || isCurrencySign(QChar(before)))
            return start;
        const auto amount = amountAt(m_s, start);
        if (!amount)
            return start;
        qsizetype at = amount->end;
        if (m_s.at(at) == u' ' || m_s.at(at) == u'\u00a0')
            ++at;
        QString currency;
        qsizetype end = at;
        if (isCurrencySign(m_s.qat(at)) && !isWordChar(m_s.qat(at + 1))) {
            currency = currencyForSign(m_s.text.mid(at, 1));
            end = at + 1;
        } else {
            while (isAsciiLetter(m_s.at(end)))
                ++end;
            const QStringView word = m_s.text.mid(at, end - at);
            currency = isCurrencyCode(word) ? word.toString() : currencyForWord(word);
            if (isWordChar(m_s.qat(end)))
                currency.clear();
        }
        if (currency.isEmpty())
            return start;
        add(start, end, IdentifierKind::Money, currency + u' ' + amount->value);
        return end;
    }

    // "$5 billion", "€420 million", "£3.4bn", "US$12m", "HK$ 3,000": a sign (with its country letters),
    // then the figure.
    qsizetype moneyWithSign(qsizetype sign, qsizetype start)
    {
        // Country letters before the sign ("US$", "HK$") are part of it.
        qsizetype prefix = sign;
        while (prefix > m_lastEnd && sign - prefix < 2 && isAsciiUpper(m_s.at(prefix - 1)))
            --prefix;
        QString currency;
        if (prefix < sign && atWordStart(prefix))
            currency = currencyForSign(m_s.text.mid(prefix, sign + 1 - prefix));
        if (currency.isEmpty()) {
            prefix = sign;
            currency = currencyForSign(m_s.text.mid(sign, 1));
        }
        if (currency.isEmpty())
            return start;
        qsizetype at = sign + 1;
        if (m_s.at(at) == u' ' || m_s.at(at) == u'\u00a0')
            ++at;
        const auto amount = amountAt(m_s, at);
        if (!amount || isWordChar(m_s.qat(amount->end)))
            return start;
        add(prefix, amount->end, IdentifierKind::Money, currency + u' ' + amount->value);
        return amount->end;
    }

    // "EUR 420 million", "USD5bn".
    qsizetype moneyWithCode(qsizetype start)
    {
        if (!atWordStart(start))
            return start;
        if (isCurrencySign(m_s.qat(start + 1)) || isCurrencySign(m_s.qat(start + 2))) {
            const qsizetype sign = isCurrencySign(m_s.qat(start + 1)) ? start + 1 : start + 2;
            return moneyWithSign(sign, start);
        }
        if (!isAsciiUpper(m_s.at(start + 1)) || !isAsciiUpper(m_s.at(start + 2))
            || (isWordChar(m_s.qat(start + 3)) && !isAsciiDigit(m_s.at(start + 3))))
            return start;
        qsizetype at = start + 3;
        if (m_s.at(at) == u' ' || m_s.at(at) == u'\u00a0')
            ++at;
        if (!isAsciiDigit(m_s.at(at)))
            return start;
        const QStringView code = m_s.text.mid(start, 3);
        if (!isCurrencyCode(code))
            return start;
        const auto amount = amountAt(m_s, at);
        if (!amount || isWordChar(m_s.qat(amount->end)))
            return start;
        add(start, amount->end, IdentifierKind::Money, code.toString() + u' ' + amount->value);
        return amount->end;
    }

    // Two capitals, two check digits and the account, in groups of four or not: "DE89 3704 0044 0532 0130
    // 00".
    qsizetype iban(qsizetype start)
    {
        if (!isAsciiUpper(m_s.at(start + 1)) || !isAsciiDigit(m_s.at(start + 2))
            || !isAsciiDigit(m_s.at(start + 3)) || !atWordStart(start))
            return start;
        const int length = ibanLength(m_s.text.mid(start, 2));
        if (length == 0)
            return start;
        QString compact;
        qsizetype end = start;
        while (compact.size() < length) {
            const char16_t c = m_s.at(end);
            if (isAsciiUpper(c) || isAsciiDigit(c)) {
                compact += QChar(c);
                ++end;
            } else if (c == u' ' && isAsciiAlnum(m_s.at(end + 1)) && !compact.isEmpty()) {
                ++end;
            } else {
                return start;
            }
        }
        if (isWordChar(m_s.qat(end)) || !isValidIban(compact))
            return start;
        add(start, end, IdentifierKind::Iban, compact);
        return end;
    }

    Scanner m_s;
    const QString &m_region;
    IdentifierList m_found;
    qsizetype m_lastEnd = 0;
};

} // namespace

IdentifierFinder::IdentifierFinder(QString region)
    : m_region(std::move(region))
{
    if (m_region.isEmpty())
        m_region = QLocale::territoryToCode(QLocale::system().territory());
    if (m_region.size() != 2)
        m_region = u"US"_s;
}

IdentifierList IdentifierFinder::find(QStringView text) const
{
    return Finder(text, m_region).run();
}

} // namespace dramatis
