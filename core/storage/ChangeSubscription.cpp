#include "storage/ChangeSubscription.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include "storage/Database.h"
#include "storage/SqlDialect.h"

namespace ardesk {

ChangeSubscription::ChangeSubscription(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.dialect().isServer())
        return;
    QSqlDriver* driver = database.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    const QString channel = SqlDialect::changesChannel();
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString& name, QSqlDriver::NotificationSource source,
                            const QVariant& payload) {
                if (name == channel && source != QSqlDriver::SelfSource)
                    Q_EMIT changed(payload.toString());
            });
    m_active = driver->subscribeToNotification(channel);
}

ChangeSubscription::~ChangeSubscription()
{
    if (!m_active)
        return;
    if (QSqlDriver* driver = m_database.connection().driver(); driver && driver->isOpen())
        driver->unsubscribeFromNotification(SqlDialect::changesChannel());
}

} // namespace ardesk
