#include "storage/Migrator.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "domain/FoldedText.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// 0016_folded_names.sql adds customers.folded_name, which SQL cannot compute (SQLite's lower()
// knows ASCII only): this step fills it in C++ for the customers already there.
constexpr int foldedNamesVersion = 16;
} // namespace

Migrator::Migrator(QSqlDatabase db)
    : Migrator(std::move(db), SqlDialect::sqlite())
{}

Migrator::Migrator(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

QList<Migrator::Step> Migrator::steps()
{
    return steps(SqlDialect::sqlite());
}

QList<Migrator::Step> Migrator::steps(const SqlDialect& dialect)
{
    QList<Step> result;
    const QString migrationsDir = dialect.migrationsFolder();
    const QStringList files = QDir(migrationsDir).entryList({u"*.sql"_s}, QDir::Files);
    for (const QString& file : files) {
        bool ok = false;
        const int version = file.left(4).toInt(&ok);
        if (ok && version > 0)
            result.append({version, migrationsDir + u'/' + file});
    }
    std::sort(result.begin(), result.end(),
              [](const Step& a, const Step& b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

QStringList Migrator::statements(const QString& script)
{
    QStringList result;
    QString current;
    // Inside a $$-quoted body (PostgreSQL's functions) a ';' ends no statement.
    bool quoted = false;
    const QStringList lines = script.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || (!quoted && trimmed.startsWith(u"--"_s)))
            continue;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            quoted = !quoted;
        if (!quoted && trimmed.endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

Result<int> Migrator::migrate(int currentVersion)
{
    return applyAfter(currentVersion, &Migrator::apply);
}

Result<int> Migrator::migrateInTransaction(int currentVersion)
{
    return applyAfter(currentVersion, &Migrator::applyStatements);
}

Result<int> Migrator::applyAfter(int currentVersion,
                                 Result<void> (Migrator::*applyStep)(const Step&))
{
    int version = currentVersion;
    for (const Step& step : steps(m_dialect)) {
        if (step.version <= version)
            continue;
        if (auto applied = (this->*applyStep)(step); !applied)
            return std::unexpected(applied.error());
        version = step.version;
    }
    return version;
}

Result<void> Migrator::apply(const Step& step)
{
    QSqlQuery query(m_db);
    const auto rollBack = [&](const Error& error) -> Result<void> {
        query.exec(u"ROLLBACK"_s);
        return std::unexpected(error);
    };
    const QStringList begin = m_dialect.beginWriting();
    for (const QString& statement : begin) {
        if (!query.exec(statement)) {
            const Error error = storageError(query.lastError(), u"starting a schema upgrade"_s);
            return statement == begin.first() ? std::unexpected(error) : rollBack(error);
        }
    }
    if (auto applied = applyStatements(step); !applied)
        return rollBack(applied.error());
    if (!query.exec(u"COMMIT"_s)) {
        const Error error = storageError(query.lastError(), u"committing a schema upgrade"_s);
        query.exec(u"ROLLBACK"_s);
        return std::unexpected(error);
    }
    return {};
}

Result<void> Migrator::applyStatements(const Step& step)
{
    QFile file(step.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, u"cannot read migration "_s + step.resourcePath);
    const QString script = QString::fromUtf8(file.readAll());

    QSqlQuery query(m_db);
    const QString context = u"schema upgrade to version %1"_s.arg(step.version);
    for (const QString& statement : statements(script)) {
        if (!query.exec(statement))
            return std::unexpected(storageError(query.lastError(), context));
    }
    if (step.version == foldedNamesVersion) {
        if (auto filled = fillFoldedNames(); !filled)
            return filled;
    }
    if (!query.exec(m_dialect.setSchemaVersion(step.version)))
        return std::unexpected(storageError(query.lastError(), context));
    return {};
}

Result<void> Migrator::fillFoldedNames()
{
    // A ledger has up to about 100,000 customers: read them all, then write each folded name,
    // all inside the step's transaction.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, name FROM customers"_s))
        return std::unexpected(storageError(read.lastError(), u"reading customer names"_s));
    QList<std::pair<qint64, QString>> folded;
    while (read.next())
        folded.append({read.value(0).toLongLong(), FoldedText::fold(read.value(1).toString())});
    if (read.lastError().isValid())
        return std::unexpected(storageError(read.lastError(), u"reading customer names"_s));
    read.finish();

    QSqlQuery write(m_db);
    if (auto ready = prepare(write, u"UPDATE customers SET folded_name = ? WHERE id = ?"_s,
                             u"folding customer names"_s);
        !ready)
        return std::unexpected(ready.error());
    for (const auto& [id, name] : std::as_const(folded)) {
        write.addBindValue(name);
        write.addBindValue(id);
        if (!write.exec())
            return std::unexpected(storageError(write.lastError(), u"folding customer names"_s));
    }
    return {};
}

} // namespace ardesk
