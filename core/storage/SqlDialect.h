#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace ardesk {

// The SQL that differs between the two engines a ledger lives on, in one place: every
// repository writes the SQL both engines share and asks here for the rest. Schema scripts
// differ as a whole and live in one folder per engine (storage/sql/sqlite, sql/postgresql).
class SqlDialect {
public:
    enum class Engine { SQLite, PostgreSQL };

    static const SqlDialect& sqlite();
    static const SqlDialect& postgresql();

    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    // The resource folder of this engine's numbered schema scripts.
    QString migrationsFolder() const;

    // Starts a transaction that writes: it holds the ledger's write lock from its first
    // statement, so writers queue rather than interleave (see Transaction).
    QStringList beginWriting() const;
    // Starts a transaction that only reads, and sees the ledger as it was at its first read
    // however long it lasts, while others write (a copy of the whole ledger reads in one).
    QStringList beginReading() const;

    // How a transaction that writes tells the other sessions of a server ledger what it
    // changed: changeCounts(), run first, returns one value, the rows the session has
    // changed so far per table (as JSON); announceChanges(), run last before COMMIT with that
    // value bound, sends one notification on the channel `changesChannel()` for each table
    // changed since, its name as the payload. (The server's counts are the session's since it
    // last reported them, which may take in the transactions of the last second: hence the
    // difference.) The server delivers notifications at commit only (a rollback sends none)
    // and drops repeats within a transaction, so a thousand-row import notifies once per
    // table. A file ledger has no notifications: both are empty.
    QString changeCounts() const;
    QString announceChanges() const;
    static QString changesChannel();

    // The audit trail's triggers (sql/*/0017_audit_trail.sql) record who made each change and
    // when. A server knows who its session is; SQLite is told at the start of each write
    // transaction (binds: the user, the UTC stamp) and told to forget before it commits, so a
    // change made outside ARDesk is recorded with no user. Empty on a server: nothing to run.
    QString signChanges() const;
    QString unsignChanges() const;

    // Records the schema version a migration step reached, inside that step's transaction.
    QString setSchemaVersion(int version) const;

    // The larger and the smaller of two or more values of one type (never NULL here).
    QString greatest(const QStringList& values) const;
    QString least(const QStringList& values) const;
    // An ISO date `days` (an SQL integer expression) after the ISO date `date`.
    QString addDays(const QString& date, const QString& days) const;
    // Now as a UTC ISO 8601 stamp to the second ("2026-11-23T16:05:00Z"), for created_at:
    // computed inside each INSERT, because formatting and binding it in Qt took 6% of a
    // million-row import.
    QString utcNow() const;
    // LIKE that ignores the case of ASCII letters, as SQLite's LIKE does.
    QString likeIgnoringCase() const;
    // An ISO text expression as raw bytes (one value instead of a QString per row).
    QString asBytes(const QString& text) const;
    // A statement as this engine takes it: SQLite keeps the INDEXED BY and NOT INDEXED hints
    // that choose its index (or none) where it has no statistics to go by; PostgreSQL plans from
    // its statistics and has no such clause, so they are dropped.
    QString planned(const QString& sql) const;

    // A column the planner must not look up through an index for this term (SQLite's unary
    // plus); PostgreSQL chooses by its statistics and takes the column as it is.
    QString unindexed(const QString& column) const;

    // A table of this connection's own (CREATE TEMP TABLE), named in a statement: SQLite keeps
    // them in the schema "temp", PostgreSQL in "pg_temp".
    QString temporary(const QString& table) const;
    // A SELECT of two integer columns (pair_first, pair_second) from the pairs of one bound JSON
    // array ("[[1,80],[2,40]]"): many rows in one statement without a transaction of inserts.
    QString integerPairs() const;

    // The id of each row an INSERT ... SELECT adds to `table`, counting on from the table's
    // largest, in the order of `order`, which the statement must also be ORDER BY: SQLite
    // gives a NULL id that number itself, without the window's sort of every row (1.3 s to 3 s
    // of a million rows' audit entries, measured); a server's own id trigger would run for
    // each row.
    QString nextIdsInOrder(const QString& table, const QString& order) const;

    // After an INSERT: appended to it, and then the new row's id read with insertedId(),
    // nothing when the row was not inserted (ON CONFLICT DO NOTHING).
    QString returningId() const;
    std::optional<qint64> insertedId(QSqlQuery& insert) const;

    // Lists the secondary indexes of table `?` (columns name, sql), those not behind a
    // UNIQUE or PRIMARY KEY constraint, so they can be dropped and re-created from sql.
    QString secondaryIndexesOfTable() const;
    // The audit trail's triggers on the table bound (columns: name, sql, the statement that
    // creates it again), and how one of them is dropped (AuditTriggers).
    QString auditTriggersOfTable() const;
    QString dropTrigger(const QString& trigger, const QString& table) const;

    // Lists the foreign keys of table `?` (columns name, definition) that can be dropped and
    // added again; empty where keys belong to the table's definition (SQLite).
    QString foreignKeysOfTable() const;
    // Lists the tables of the ledger's schema (column name), the engine's own left out.
    QString tablesOfSchema() const;

    // Whether a bulk load writes its rows a few hundred to a statement (BatchedRows). A
    // server pays a network round trip per statement, which batches save; SQLite has none to
    // save and writes row by row a third faster than it takes a batch's compound SELECT apart
    // (200,000 invoices: 2.8 s of CPU against 4.2 s, measured).
    bool batchesBulkLoads() const { return isServer(); }

    // What refreshes the planner's statistics of `table` after a bulk load, or nothing. Without
    // it PostgreSQL plans the reports over a freshly imported table from the statistics of the
    // empty one (an aging summary ten times slower until autovacuum comes by). SQLite plans
    // from its index hints and is left without statistics on purpose.
    QString refreshStatistics(const QString& table) const;

private:
    explicit SqlDialect(Engine engine);

    Engine m_engine;
};

} // namespace ardesk
