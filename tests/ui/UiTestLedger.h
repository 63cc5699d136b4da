#pragma once

#include <QByteArray>
#include <QString>

#include "imports/ImportKind.h"
#include "support/TestLedger.h"

namespace ardesk::test {

// A ledger file with a company name and `customers` customers, created through the core (a
// native customers CSV imported by NativeImporter), in its own temporary directory.
//
// Customers C0001 to C0004 are special; the rest are named from word lists:
//   C0001 "Zephyr Bakery"            EUR, limit 12345.67, Net 14
//   C0002 "100% Organic_Foods"       EUR, no limit, due on receipt (LIKE wildcards in the name)
//   C0003 "Tokyo Trading KK"         JPY, limit 150000 (no minor unit)
//   C0004 "Ärzte Bedarf"             EUR (non-ASCII: sorts after every ASCII name)
class UiTestLedger {
public:
    static constexpr int defaultCustomers = 1200;
    static inline const QString company = QStringLiteral("Nordwind Handel GmbH");

    explicit UiTestLedger(int customers = defaultCustomers);

    QString path() const { return m_ledger.path(); }
    QString dir() const { return m_ledger.dir(); }
    int customers() const { return m_customers; }

    // Imports native-format CSV text (invoices, payments, ...) into the ledger; must succeed.
    void load(ImportKind kind, const QByteArray& csv);

private:
    TestLedger m_ledger;
    int m_customers;
    int m_files = 0;
};

} // namespace ardesk::test
