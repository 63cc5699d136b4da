#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/AgencyHandover.h"

namespace ardesk {

// How a customer handed over to a collection agency reads on screen: the one wording of the
// customer detail, the lists of items and the reminder preview.
class AgencyText {
    Q_DECLARE_TR_FUNCTIONS(AgencyText)

public:
    // "With Northern Collections": an item of a customer handed over.
    static QString item(const QString& agency);
    // "With Northern Collections since 01/04/2026".
    static QString customer(const AgencyHandover& handover, const QLocale& locale);
};

} // namespace ardesk
