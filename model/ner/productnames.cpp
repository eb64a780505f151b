#include "ner/productnames.h"

#include "ner/bilou.h"
#include "ner/featurehash.h"
#include "ner/taggerrules.h"
#include "ner/wordlist.h"

#include <QSet>
#include <QVarLengthArray>

#include <cstdint>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

// The name as products.txt writes it: lower case, single spaces, an ASCII apostrophe, no possessive.
QString fold(QStringView name)
{
    QString s = name.toString().simplified();
    s.replace(u'\u2019', u'\'');
    if (s.endsWith(u"'s", Qt::CaseInsensitive))
        s.chop(2);
    else if (s.endsWith(u'\''))
        s.chop(1);
    return s.trimmed().toLower();
}

// fold() of an ASCII name (nearly every name of a text), written into `out` without making a string: the
// tagger asks about every mention. False, with `out` unspecified, for a name with other characters.
bool foldAscii(QStringView name, QVarLengthArray<char16_t, 64> &out)
{
    out.clear();
    bool space = false;
    for (QChar ch : name) {
        const char16_t c = ch.unicode();
        if (c >= 128)
            return false;
        if (c == u' ' || (c >= 0x09 && c <= 0x0D)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    qsizetype n = out.size();
    if (n >= 2 && out[n - 2] == u'\'' && (out[n - 1] == u's' || out[n - 1] == u'S'))
        n -= 2;
    else if (n >= 1 && out[n - 1] == u'\'')
        n -= 1;
    while (n > 0 && out[n - 1] == u' ')
        --n;
    out.resize(n);
    for (char16_t &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
    }
    return true;
}

// Loaded once, on first use: a few thousand short names.
const QSet<QString> &products()
{
    static const QSet<QString> names = readWordList(QStringLiteral(":/ner/products.txt"));
    return names;
}

// "85", "3.6", "10.0.1": a release number after a product's name.
bool isVersion(QStringView w)
{
    if (w.isEmpty() || !w.front().isDigit() || !w.back().isDigit())
        return false;
    for (QChar c : w) {
        if (!c.isDigit() && c != u'.')
            return false;
    }
    return true;
}

// The words an edition of a product is named with, after the product's name: "Firefox OS", "Acrobat Pro".
bool isEditionWord(QStringView w)
{
    static const QSet<QString> editions {u"os"_s, u"browser"_s, u"mobile"_s, u"sync"_s, u"focus"_s, u"pro"_s,
        u"max"_s, u"mini"_s, u"lite"_s, u"plus"_s, u"ultra"_s, u"beta"_s, u"nightly"_s, u"desktop"_s,
        u"app"_s, u"edition"_s, u"premium"_s, u"classic"_s, u"preview"_s, u"se"_s, u"x"_s, u"xl"_s};
    return editions.contains(QString::fromRawData(w.data(), w.size()));
}

} // namespace

bool knownAsOrganisation(
    const TokenizedText &tokens, const Gazetteer &gazetteer, qsizetype first, qsizetype end)
{
    std::vector<std::uint64_t> hashes;
    for (QStringView w : nameWords(tokens, first, end))
        hashes.push_back(gazetteer.wordHash(w, featurehash::gazetteerHash(w)));
    if (hashes.empty())
        return false;
    std::vector<Gazetteer::Match> matches;
    gazetteer.match(hashes.data(), 0, qsizetype(hashes.size()), matches);
    return !matches.empty() && matches.front().first == 0 && matches.front().end == qsizetype(hashes.size())
        && (matches.front().categories & (Gazetteer::Company | Gazetteer::KnownOrganization));
}

namespace {

// Whether the folded name `key` is a known product or an edition of one.
bool isKnownProductKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    const QSet<QString> &names = products();
    if (names.contains(key))
        return true;
    // An edition of a known product is one too: "Firefox 3", "Firefox OS", "Firefox for Android", "Acrobat
    // Pro 11". The tail is a release number, a platform after "for", or the words editions are named with.
    QStringList words = key.split(u' ');
    const qsizetype forAt = words.indexOf(u"for"_s);
    if (forAt > 0 && words.size() - forAt <= 3)
        words.resize(forAt);
    bool tail = words.size() < key.count(u' ') + 1;
    while (words.size() > 1 && (isVersion(words.last()) || isEditionWord(words.last()))) {
        words.removeLast();
        tail = true;
    }
    return tail && names.contains(words.join(u' '));
}

} // namespace

bool isKnownProduct(QStringView name)
{
    QVarLengthArray<char16_t, 64> folded;
    if (!foldAscii(name, folded))
        return isKnownProductKey(fold(name));
    const QString key
        = QString::fromRawData(reinterpret_cast<const QChar *>(folded.constData()), folded.size());
    if (key.isEmpty())
        return false;
    if (products().contains(key))
        return true;
    // Most names are no product: only one whose last word names a release or an edition, or with "for" in
    // it, can be an edition of one.
    const qsizetype space = key.lastIndexOf(u' ');
    if (space < 0)
        return false;
    const QStringView last = QStringView(key).mid(space + 1);
    if (!isVersion(last) && !isEditionWord(last) && !key.contains(u" for ") && !key.endsWith(u" for"))
        return false;
    return isKnownProductKey(key);
}

void labelKnownProducts(const TokenizedText &tokens, const Gazetteer &gazetteer, std::vector<int> &labels)
{
    const qsizetype n = qsizetype(labels.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (labels[i] == bilou::Outside)
            continue;
        const qsizetype first = i;
        while (
            i + 1 < n && bilou::partOf(labels[i]) != bilou::Unit && bilou::partOf(labels[i]) != bilou::Last)
            ++i;
        const qsizetype end = i + 1;
        const EntityType type = bilou::typeOf(labels[first]);
        if (type != EntityType::Person && type != EntityType::Organization && type != EntityType::Location)
            continue;
        // The model's place is a product only where no list knows its words as a place ("ChatGPT", not
        // "Amazon" or "Jordan") and no capitalised word goes on with it.
        constexpr std::uint16_t Place = Gazetteer::Country | Gazetteer::City | Gazetteer::Region;
        bool place = false;
        for (qsizetype k = first; k < end && type == EntityType::Location; ++k)
            place = place || (gazetteer.lookupWord(tokens.tokenText(k)) & Place);
        // "Android Bay": a capitalised word after it makes the place's name longer than the product's.
        if (place
            || (type == EntityType::Location && end < n && !tokens.tokenText(end).isEmpty()
                && tokens.tokenText(end).front().isUpper()))
            continue;
        const qsizetype start = tokens.tokens[first].start;
        const QStringView text = QStringView(tokens.text).mid(start, tokens.tokens[end - 1].end - start);
        // "Google Pixel": a known organisation before a known product is the product's maker, and the
        // whole a product (the resolver groups it with "Pixel" and keeps "Google" apart).
        const auto makerAndProduct = [&] {
            if (end - first < 2
                || !(gazetteer.lookupWord(tokens.tokenText(first)) & Gazetteer::KnownOrganization))
                return false;
            const qsizetype rest = tokens.tokens[first + 1].start;
            return isKnownProduct(QStringView(tokens.text).mid(rest, tokens.tokens[end - 1].end - rest));
        };
        if ((!isKnownProduct(text) && !makerAndProduct())
            || knownAsOrganisation(tokens, gazetteer, first, end))
            continue;
        if (end - first == 1) {
            labels[first] = bilou::label(EntityType::Misc, bilou::Unit);
            continue;
        }
        labels[first] = bilou::label(EntityType::Misc, bilou::Begin);
        for (qsizetype k = first + 1; k + 1 < end; ++k)
            labels[k] = bilou::label(EntityType::Misc, bilou::Inside);
        labels[end - 1] = bilou::label(EntityType::Misc, bilou::Last);
    }
}

} // namespace dramatis
