#pragma once

#include <memory>

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "domain/Customer.h"
#include "storage/Database.h"

// Readable failure messages for QString comparisons (and QStringList ones, which Catch prints
// as ranges); every test file here includes this header, so all see the same specialisation.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace ardesk::test {

// 'ARDk', the application_id of every ARDesk ledger.
constexpr qint64 ledgerApplicationId = 0x4152446b;

// A second SQLite connection to a ledger file, as another program would hold it, that also
// reads: the storage tests check what ARDesk wrote through it rather than through the code
// under test.
class RawLedger {
public:
    explicit RawLedger(const QString& path);
    ~RawLedger();
    RawLedger(const RawLedger&) = delete;
    RawLedger& operator=(const RawLedger&) = delete;

    // Runs one statement; the test fails with the SQL error if it does not succeed.
    void exec(const QString& sql);
    // The first column of the statement's only row.
    QVariant value(const QString& sql);
    // Every row of the statement, its columns as text joined by '|' (SQL NULL as "NULL").
    QStringList rows(const QString& sql);

    bool hasTable(const QString& table);
    bool hasColumn(const QString& table, const QString& column);

    // On an empty file: migrations 0001 to `version` alone, with the application id and the
    // user_version, as an ARDesk of that schema left its ledgers.
    void migrateTo(int version);

    // The schema: every table, index and trigger as "type|name|table|sql", sorted.
    QStringList schema();
    // Every row of every table as "table|columns...", sorted: equal contents compare equal
    // whatever order the rows were written in.
    QStringList contents();

private:
    static inline int s_count = 0;
    QString m_name;
};

// A new ledger at `path`, straight from Database::create (no company or currency yet).
std::unique_ptr<Database> createLedger(const QString& path);

// The file's bytes; empty when it does not exist.
QByteArray fileBytes(const QString& path);

// A customer with what the tests vary; everything else as the domain defaults it.
Customer customer(const QString& code, const QString& name, const char* currency = "EUR");

// Inserts the customer through CustomerRepository; the test fails if that does not succeed.
CustomerId addCustomer(Database& database, const QString& code, const QString& name);

// The customer codes in the ledger, sorted, read through a raw connection.
QStringList customerCodes(const QString& path);

} // namespace ardesk::test
