#include "identifiers/phonenumbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace dramatis {

QString phoneNumberE164(QStringView candidate, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    // Thread-safe after its first call (a function-local static inside libphonenumber).
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region8 = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    if (util->Parse(candidate.toUtf8().toStdString(), region8, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    // E.164 allows 15 digits; libphonenumber validates some longer national ranges by prefix only.
    if (e164.size() > 16)
        return {};
    return QString::fromStdString(e164);
}

} // namespace dramatis
