#include "services/LedgerLocation.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ardesk {

QString LedgerLocation::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ARDESK_LEDGER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/default.ardesk"_s;
}

void LedgerLocation::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"ARDesk"_s);
    QCoreApplication::setApplicationName(u"ARDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
}

} // namespace ardesk
