#include "identifiers/regionhint.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace dramatis {

namespace {

QString key(QString name)
{
    name = name.toCaseFolded();
    name.remove(u'.');
    if (name.startsWith(u"the "_s))
        name.remove(0, 4);
    return name.simplified();
}

// Country names as Qt's locale data spells them in English, and the short forms the news uses.
const QHash<QString, QString> &countryCodes()
{
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> h;
        for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                h.insert(key(QLocale::territoryToString(territory)), code);
        }
        const std::pair<const char16_t *, const char16_t *> aliases[] = {{u"us", u"US"}, {u"usa", u"US"},
            {u"america", u"US"}, {u"united states of america", u"US"}, {u"uk", u"GB"}, {u"britain", u"GB"},
            {u"great britain", u"GB"}, {u"england", u"GB"}, {u"scotland", u"GB"}, {u"wales", u"GB"},
            {u"northern ireland", u"GB"}, {u"south korea", u"KR"}, {u"russia", u"RU"}, {u"holland", u"NL"},
            {u"czech republic", u"CZ"}, {u"uae", u"AE"}, {u"taiwan", u"TW"}, {u"hong kong", u"HK"},
            // The cities the news is datelined from more often than it names their country.
            {u"london", u"GB"}, {u"manchester", u"GB"}, {u"edinburgh", u"GB"}, {u"new york", u"US"},
            {u"washington", u"US"}, {u"san francisco", u"US"}, {u"los angeles", u"US"}, {u"chicago", u"US"},
            {u"paris", u"FR"}, {u"berlin", u"DE"}, {u"frankfurt", u"DE"}, {u"munich", u"DE"},
            {u"madrid", u"ES"}, {u"rome", u"IT"}, {u"milan", u"IT"}, {u"amsterdam", u"NL"},
            {u"brussels", u"BE"}, {u"zurich", u"CH"}, {u"geneva", u"CH"}, {u"vienna", u"AT"},
            {u"dublin", u"IE"}, {u"tokyo", u"JP"}, {u"beijing", u"CN"}, {u"shanghai", u"CN"},
            {u"seoul", u"KR"}, {u"sydney", u"AU"}, {u"toronto", u"CA"}, {u"mumbai", u"IN"},
            {u"new delhi", u"IN"}, {u"singapore", u"SG"}};
        for (const auto &[alias, code] : aliases)
            h.insert(QString::fromUtf16(alias), QString::fromUtf16(code));
        return h;
    }();
    return codes;
}

} // namespace

QString phoneRegionHint(const QStringList &places)
{
    const auto &codes = countryCodes();
    for (const QString &place : places) {
        if (const auto it = codes.constFind(key(place)); it != codes.cend())
            return *it;
    }
    const QString own = QLocale::territoryToCode(QLocale::system().territory());
    return own.size() == 2 ? own : u"US"_s;
}

} // namespace dramatis
