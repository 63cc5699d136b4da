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
    // A statement as this engine takes it: SQLite keeps the INDEXED BY hints that choose its
    // index where it has no statistics to go by; PostgreSQL plans from its statistics and has
    // no such clause, so they are dropped.
    QString planned(const QString& sql) const;

    // A column the planner must not look up through an index for this term (SQLite's unary
    // plus); PostgreSQL chooses by its statistics and takes the column as it is.
    QString unindexed(const QString& column) const;

    // After an INSERT: appended to it, and then the new row's id read with insertedId(),
    // nothing when the row was not inserted (ON CONFLICT DO NOTHING).
    QString returningId() const;
    std::optional<qint64> insertedId(QSqlQuery& insert) const;

    // Lists the secondary indexes of table `?` (columns name, sql), those not behind a
    // UNIQUE or PRIMARY KEY constraint, so they can be dropped and re-created from sql.
    QString secondaryIndexesOfTable() const;

private:
    explicit SqlDialect(Engine engine);

    Engine m_engine;
};

} // namespace ardesk
