#include "ledger/LedgerLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString LedgerLocation::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ARDESK_LEDGER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return dataFolder() + u"/default.ardesk"_s;
}

QString LedgerLocation::pathForCompany(const QString& company)
{
    return dataFolder() + u'/' + fileBaseName(company) + u".ardesk"_s;
}

QString LedgerLocation::demoPath()
{
    return dataFolder() + u"/demo.ardesk"_s;
}

QString LedgerLocation::fileBaseName(const QString& name)
{
    // Reserved on Windows: <>:"/\|?* and control characters; a leading dot hides the file on
    // Unix, and Windows drops trailing dots and spaces.
    static const QRegularExpression reserved(uR"([<>:"/\\|?*\x00-\x1f]+)"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression ends(u"^[ .-]+|[ .-]+$"_s);
    QString base = name;
    base.replace(reserved, u"-"_s).replace(spaces, u" "_s).remove(ends);
    return base.isEmpty() ? u"ledger"_s : base;
}

void LedgerLocation::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"ARDesk"_s);
    QCoreApplication::setApplicationName(u"ARDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARDESK_VERSION));
}

} // namespace ardesk
