#pragma once

#include "core/identifier.h"

#include <QString>
#include <QStringView>

namespace dramatis {

// Finds the identifiers of a text (e-mail addresses, phone numbers, web addresses and domains, IBANs,
// amounts of money, stock tickers, social handles, hashtags) with exact offsets, in one pass that looks
// closer only where a character can start one ('@', '#', '.', ':', a digit, a currency sign, ...), so the
// cost on prose without identifiers stays near a scan of the text.
//
// Phone numbers are parsed and validated with libphonenumber: written without a country code they are
// read as numbers of `region`, and dates, years, prices, scores and ISBNs are never taken for one.
class IdentifierFinder final
{
public:
    // `region`: ISO 3166 code ("GB") for numbers written without a country code; empty: the user's locale.
    explicit IdentifierFinder(QString region = {});

    QString region() const { return m_region; }
    // Sorted by start, not overlapping.
    IdentifierList find(QStringView text) const;

private:
    QString m_region;
};

} // namespace dramatis
