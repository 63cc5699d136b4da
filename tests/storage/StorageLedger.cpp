#include "StorageLedger.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "storage/CustomerRepository.h"
#include "storage/Migrator.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

QString rowText(const QSqlQuery& query)
{
    const QSqlRecord record = query.record();
    QStringList fields;
    for (int i = 0; i < record.count(); ++i)
        fields.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
    return fields.join(u'|');
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

RawLedger::RawLedger(const QString& path)
    : m_name(u"raw-storage-test-%1"_s.arg(++s_count))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawLedger::~RawLedger()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void RawLedger::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant RawLedger::value(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(query.next());
    return query.value(0);
}

QStringList RawLedger::rows(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.setForwardOnly(true);
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList result;
    while (query.next())
        result.append(rowText(query));
    return result;
}

bool RawLedger::hasTable(const QString& table)
{
    return value(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'"_s.arg(
                     table))
               .toInt() == 1;
}

bool RawLedger::hasColumn(const QString& table, const QString& column)
{
    return value(u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(table,
                                                                                         column))
               .toInt() == 1;
}

QStringList RawLedger::schema()
{
    return rows(u"SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                "ORDER BY type, name"_s);
}

void RawLedger::migrateTo(int version)
{
    exec(u"PRAGMA application_id = %1"_s.arg(ledgerApplicationId));
    for (const Migrator::Step& step : Migrator::steps()) {
        if (step.version > version)
            break;
        QFile script(step.resourcePath);
        REQUIRE(script.open(QIODevice::ReadOnly));
        for (const QString& statement : Migrator::statements(QString::fromUtf8(script.readAll())))
            exec(statement);
    }
    exec(u"PRAGMA user_version = %1"_s.arg(version));
}

QStringList RawLedger::contents()
{
    QStringList all;
    const QStringList tables =
        rows(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    for (const QString& table : tables) {
        for (const QString& row : rows(u"SELECT * FROM "_s + quoted(table)))
            all.append(table + u'|' + row);
    }
    all.sort();
    return all;
}

std::unique_ptr<Database> createLedger(const QString& path)
{
    auto created = Database::create(path);
    if (!created)
        FAIL("creating " << path.toStdString() << ": " << created.error().detail.toStdString());
    return std::move(*created);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Customer customer(const QString& code, const QString& name, const char* currencyCode)
{
    return Customer{
        .code = code, .name = name, .currency = currency(QString::fromLatin1(currencyCode))};
}

CustomerId addCustomer(Database& database, const QString& code, const QString& name)
{
    const auto id = CustomerRepository(database).insert(customer(code, name));
    if (!id)
        FAIL("adding customer " << code.toStdString() << ": " << id.error().detail.toStdString());
    return *id;
}

QStringList customerCodes(const QString& path)
{
    RawLedger raw(path);
    return raw.rows(u"SELECT code FROM customers ORDER BY code"_s);
}

} // namespace ardesk::test
