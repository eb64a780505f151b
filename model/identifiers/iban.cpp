#include "identifiers/iban.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace dramatis {

namespace {

// The registry's lengths by country, sorted for a binary search.
constexpr std::array<std::pair<std::string_view, int>, 87> IbanLengths
    = {{{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
        {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
        {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
        {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
        {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
        {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
        {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
        {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
        {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
        {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
        {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}}};

} // namespace

int ibanLength(QStringView country)
{
    if (country.size() != 2)
        return 0;
    const char code[2] = {char(country[0].unicode()), char(country[1].unicode())};
    const std::string_view key(code, 2);
    const auto it = std::lower_bound(IbanLengths.begin(), IbanLengths.end(), key,
        [](const auto &e, std::string_view k) { return e.first < k; });
    return it != IbanLengths.end() && it->first == key ? it->second : 0;
}

bool isValidIban(QStringView iban)
{
    if (iban.size() < 5 || ibanLength(iban.left(2)) != iban.size())
        return false;
    if (!iban[2].isDigit() || !iban[3].isDigit())
        return false;
    // The first four characters move to the end; letters count as 10..35; the number mod 97 is 1.
    int remainder = 0;
    for (qsizetype k = 0; k < iban.size(); ++k) {
        const char16_t c = iban[(k + 4) % iban.size()].unicode();
        if (c >= u'0' && c <= u'9')
            remainder = (remainder * 10 + (c - u'0')) % 97;
        else if (c >= u'A' && c <= u'Z')
            remainder = (remainder * 100 + (c - u'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

} // namespace dramatis
