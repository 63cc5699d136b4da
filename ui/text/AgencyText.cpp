#include "text/AgencyText.h"

namespace ardesk {

QString AgencyText::item(const QString& agency)
{
    return tr("With %1", "an item of a customer handed over to a collection agency").arg(agency);
}

QString AgencyText::customer(const AgencyHandover& handover, const QLocale& locale)
{
    return tr("With %1 since %2", "a customer handed over to a collection agency")
        .arg(handover.agency, locale.toString(handover.date, QLocale::ShortFormat));
}

} // namespace ardesk
