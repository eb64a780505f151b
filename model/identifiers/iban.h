#pragma once

#include <QStringView>

namespace dramatis {

// The length of an IBAN of `country` (two capital letters), 0 for a country without IBANs.
int ibanLength(QStringView country);
// Whether `iban` (compact: capitals and digits, no spaces) has its country's length and a valid mod-97
// check (ISO 13616).
bool isValidIban(QStringView iban);

} // namespace dramatis
