#pragma once

#include <QString>
#include <QStringView>

namespace dramatis {

// `candidate` (digits and separators, perhaps a leading '+') in E.164 when libphonenumber finds it a valid
// number, read as a number of `region` unless it carries a country code; empty otherwise.
QString phoneNumberE164(QStringView candidate, const QString &region);

} // namespace dramatis
