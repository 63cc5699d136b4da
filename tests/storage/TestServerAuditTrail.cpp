// The audit trail on a PostgreSQL server (started by the test on 127.0.0.1): each change names
// the database user who made it, and an import records the entries it records on a file, row
// by row and in a bulk load alike.

#include <catch2/catch.hpp>

#include <algorithm>

#include <QTemporaryDir>

#include "ServerLedgerFixture.h"
#include "domain/AuditEntry.h"
#include "domain/CurrencyCode.h"
#include "ledger/AuditTrailService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "ledger/LedgerCreator.h"
#include "support/AuditTrailText.h"
#include "support/ServiceLedger.h"
#include "support/UserOverride.h"

using namespace Qt::StringLiterals;
using ardesk::Database;
using ardesk::ImportKind;
using ardesk::LedgerCreator;
using ardesk::test::import;
using ardesk::test::Server;
using ardesk::test::writeFile;

TEST_CASE("On a server each change names the database user who made it", "[postgres][audit]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"shared_books"_s);
    auto first = ardesk::LedgerCreator::create(address, u"Shared Books"_s,
                                               *ardesk::CurrencyCode::fromCode(u"EUR"));
    INFO((first ? QString() : first.error().detail).toStdString());
    REQUIRE(first);
    // A second bookkeeper with a login of her own, a member of the role that owns the ledger
    // (an import sets the owner's indexes aside).
    server->exec(u"shared_books"_s,
                 u"CREATE ROLE clerk_b LOGIN PASSWORD '%1'"_s.arg(server->password()));
    server->exec(u"shared_books"_s, u"GRANT %1 TO clerk_b"_s.arg(server->user()));
    auto second = Database::open(server->address(u"shared_books"_s, u"clerk_b"_s));
    INFO((second ? QString() : second.error().detail).toStdString());
    REQUIRE(second);

    QTemporaryDir files;
    const auto load = [&files](Database& database, ImportKind kind, const QByteArray& csv) {
        REQUIRE(import(database, kind, writeFile(files, u"input.csv"_s, csv)).issues.isEmpty());
    };
    load(**first, ardesk::ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    load(**first, ardesk::ImportKind::Invoices,
         "invoice_number,customer_id,issue_date,due_date,amount\n"
         "INV-1,C1,2025-03-01,2025-03-31,100.00\nINV-2,C1,2025-03-05,2025-04-04,60.00\n");
    load(**second, ardesk::ImportKind::Payments,
         "payment_id,customer_id,date,amount,invoice_number\nP-1,C1,2025-03-10,100.00,INV-1\n");
    REQUIRE(ardesk::InvoiceCorrectionService(**second).voidInvoice(u"INV-2"_s, QDate(2025, 4, 1),
                                                                   u"sent twice"_s));

    const auto customer = ardesk::CustomerService(**first).findByCode(u"C1"_s);
    REQUIRE(customer);
    const auto trail = ardesk::AuditTrailService(**first).forCustomer(customer->id, 100);
    REQUIRE(trail);
    QStringList lines;
    for (const ardesk::AuditEntry& entry : *trail) {
        CHECK(entry.madeAt.isValid());
        CHECK(entry.madeAt >= trail->last().madeAt); // newest first, by the server's clock
        lines.append(entry.madeBy + u' ' + entry.document + u' ' + entry.related);
    }
    const QString a = server->user();
    CHECK(lines == QStringList{u"clerk_b INV-2 "_s, u"clerk_b P-1 INV-1"_s, u"clerk_b P-1 "_s,
                               a + u" INV-2 "_s, a + u" INV-1 "_s, a + u" C1 "_s});
    CHECK(trail->first().action == ardesk::AuditEntry::Action::Voided);
    CHECK(trail->at(1).action == ardesk::AuditEntry::Action::Allocated);
}

TEST_CASE("On a server an import records the entries it records on a file, a bulk load too",
          "[postgres][audit]")
{
    const auto server = Server::start();
    if (!server)
        return;
    // The file's user as the server's, so that both sign alike.
    const ardesk::test::UserOverride user(server->user().toUtf8());
    QTemporaryDir folder;
    const auto currency = *ardesk::CurrencyCode::fromCode(u"EUR"_s);
    const std::pair<ImportKind, QByteArray> files[] = {
        {ImportKind::Customers, "customer_id,name\nC1,Alpha\n"},
        {ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                               "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                               "INV-2,C1,2025-03-05,2025-04-04,60.00\n"},
        {ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                               "P-1,C1,2025-03-10,120.00\nP-2,C1,2025-03-10,70.00\n"},
        {ImportKind::CreditNotes,
         "credit_note_number,customer_id,date,amount\nCN-1,C1,2025-03-10,5.00\n"},
    };
    for (const bool bulk : {false, true}) {
        INFO("bulk " << bulk);
        const QString name = bulk ? u"bulk"_s : u"small"_s;
        auto file = LedgerCreator::create(folder.filePath(name + u".ardesk"_s), u"Co"_s, currency);
        auto onServer =
            LedgerCreator::create(server->createDatabase(name + u"_audit"_s), u"Co"_s, currency);
        REQUIRE(file);
        REQUIRE(onServer);
        for (const auto& [kind, csv] : files) {
            const QString path =
                writeFile(folder, name + u".csv"_s, bulk ? ardesk::test::asBulkFile(csv) : csv);
            for (Database* ledger : {file->get(), onServer->get()})
                REQUIRE(import(*ledger, kind, path).issues.isEmpty());
        }
        const std::string expected = ardesk::test::auditTrail(**file, u"C1"_s, false);
        CHECK(std::count(expected.begin(), expected.end(), '\n') == 8);
        CHECK(ardesk::test::auditTrail(**onServer, u"C1"_s, false) == expected);
    }
}
