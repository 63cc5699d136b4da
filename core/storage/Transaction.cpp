#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString savepointName(int depth)
{
    return u"ardesk_sp%1"_s.arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(Database& database)
{
    if (database.isReadOnly()) {
        return fail(ErrorCode::LedgerReadOnly,
                    database.path() + u": the ledger is read-only (its file, folder or disk "
                                      "cannot be written); nothing was changed"_s);
    }
    const int depth = database.transactionDepth() + 1;
    QSqlQuery query(database.connection());
    const QStringList statements = depth == 1 ? database.dialect().beginWriting()
                                              : QStringList{u"SAVEPOINT "_s + savepointName(depth)};
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            const Error error = storageError(query.lastError(), database.path());
            if (statement != statements.first())
                query.exec(u"ROLLBACK"_s);
            return std::unexpected(error);
        }
    }
    if (depth == 1) {
        if (auto signature = sign(database); !signature) {
            query.exec(u"ROLLBACK"_s);
            return std::unexpected(signature.error());
        }
    }
    // What the session changed so far, for commit() to tell what this transaction changed.
    QString changesBefore;
    if (const QString counts = database.dialect().changeCounts(); depth == 1 && !counts.isEmpty()) {
        if (!query.exec(counts) || !query.next()) {
            const Error error = storageError(query.lastError(), database.path());
            query.exec(u"ROLLBACK"_s);
            return std::unexpected(error);
        }
        changesBefore = query.value(0).toString();
    }
    database.transactionDepth() = depth;
    return Transaction(&database, depth, std::move(changesBefore));
}

Result<void> Transaction::sign(Database& database)
{
    const QString sql = database.dialect().signChanges();
    if (sql.isEmpty())
        return {};
    QSqlQuery query(database.connection());
    if (auto ready = prepare(query, sql); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(database.changesMadeBy());
    query.addBindValue(Clock::nowUtc().toString(Qt::ISODate));
    if (!query.exec())
        return std::unexpected(storageError(query.lastError(), database.path()));
    return {};
}

Transaction::Transaction(Database* database, int depth, QString changesBefore)
    : m_database(database)
    , m_depth(depth)
    , m_changesBefore(std::move(changesBefore))
{}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(other.m_database)
    , m_depth(other.m_depth)
    , m_changesBefore(std::move(other.m_changesBefore))
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return fail(ErrorCode::Storage, u"transaction already finished"_s);
    QSqlQuery query(m_database->connection());
    // The outermost commit tells the other sessions of a server ledger what changed.
    if (const QString announce = m_database->dialect().announceChanges();
        m_depth == 1 && !announce.isEmpty()) {
        auto announced = prepare(query, announce, u"committing"_s);
        if (announced) {
            query.addBindValue(m_changesBefore);
            announced = execute(query, u"committing"_s);
        }
        if (!announced) {
            rollback();
            return announced;
        }
    }
    const QString unsign = m_database->dialect().unsignChanges();
    if (m_depth == 1 && !unsign.isEmpty() && !query.exec(unsign)) {
        const Error error = storageError(query.lastError(), u"committing"_s);
        rollback();
        return std::unexpected(error);
    }
    const QString sql = m_depth == 1 ? u"COMMIT"_s : u"RELEASE "_s + savepointName(m_depth);
    if (!query.exec(sql)) {
        const Error error = m_depth == 1 ? commitError(query.lastError())
                                         : storageError(query.lastError(), u"committing"_s);
        rollback();
        return std::unexpected(error);
    }
    m_open = false;
    m_database->transactionDepth() = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_database->transactionDepth() = m_depth - 1;
    // A server that went away took the transaction with it: nothing is left to roll back.
    if (!m_database->connection().isOpen())
        return;
    QSqlQuery query(m_database->connection());
    if (m_depth == 1) {
        query.exec(u"ROLLBACK"_s);
    } else {
        query.exec(u"ROLLBACK TO "_s + savepointName(m_depth));
        query.exec(u"RELEASE "_s + savepointName(m_depth));
    }
}

} // namespace ardesk
