#include "domain/RecurringSchedule.h"

using namespace Qt::StringLiterals;

namespace ardesk {

std::optional<RecurringFrequency> recurringFrequencyFromName(QStringView name)
{
    for (const RecurringFrequency frequency :
         {RecurringFrequency::Weekly, RecurringFrequency::Monthly, RecurringFrequency::Quarterly,
          RecurringFrequency::Yearly}) {
        if (name == recurringFrequencyName(frequency))
            return frequency;
    }
    return std::nullopt;
}

QString recurringFrequencyName(RecurringFrequency frequency)
{
    switch (frequency) {
    case RecurringFrequency::Weekly:
        return u"weekly"_s;
    case RecurringFrequency::Monthly:
        return u"monthly"_s;
    case RecurringFrequency::Quarterly:
        return u"quarterly"_s;
    case RecurringFrequency::Yearly:
        return u"yearly"_s;
    }
    return {};
}

} // namespace ardesk
