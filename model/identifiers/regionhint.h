#pragma once

#include <QString>
#include <QStringList>

namespace dramatis {

// The region a phone number without a country code most likely belongs to: the first of `places` (an
// article's places, most salient first) that names a country ("Germany", "the UK", "U.S.") or one of its
// best-known cities ("London"), else the user's locale's, else "US". An ISO 3166 code.
QString phoneRegionHint(const QStringList &places);

} // namespace dramatis
