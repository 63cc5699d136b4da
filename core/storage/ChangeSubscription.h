#pragma once

#include <QObject>
#include <QString>

namespace ardesk {

class Database;

// The notifications other sessions of a server ledger send as they commit (the tables each
// transaction changed, see SqlDialect::announceChanges), received on the ledger's own
// connection whenever the thread that opened it runs its event loop. Changes committed on that
// same connection are left out: whoever made them knows already. A file ledger sends none:
// isActive() is false and changed() never comes.
class ChangeSubscription : public QObject {
    Q_OBJECT

public:
    // `database` must outlive the subscription.
    explicit ChangeSubscription(Database& database, QObject* parent = nullptr);
    ~ChangeSubscription() override;

    bool isActive() const { return m_active; }

Q_SIGNALS:
    // Another session committed changes to `table`.
    void changed(const QString& table);

private:
    Database& m_database;
    bool m_active = false;
};

} // namespace ardesk
