// Reminders warn of bank receipts not applied yet, naming those that may come from a customer
// about to be reminded.

#include <catch2/catch.hpp>

#include "BankFiles.h"
#include "cashapp/BankStatementImporter.h"
#include "dunning/WaitingReceipts.h"
#include "storage/CustomerRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

TEST_CASE("The reminder preview names the receipts waiting, and who may have paid", "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Acme GmbH\nC2,Beta Ltd\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2026-09-01,2026-10-01,100.00\n");
    WaitingReceipts receipts(ledger.database());
    REQUIRE(receipts.find(QDate(2026, 11, 30))->isEmpty());
    CHECK(WaitingReceipts::describe({}, {}).isEmpty());

    const QList<TestEntry> lines{{.bankReference = u"R1"_s,
                                  .bookingDate = u"2026-11-20"_s,
                                  .amount = u"100.00"_s,
                                  .counterparty = u"Acme GmbH"_s,
                                  .reference = u"INV-1"_s},
                                 {.bankReference = u"R2"_s,
                                  .bookingDate = u"2026-11-21"_s,
                                  .amount = u"5.00"_s,
                                  .counterparty = u"Nobody"_s},
                                 {.bankReference = u"R3"_s,
                                  .bookingDate = u"2026-12-05"_s,
                                  .amount = u"7.00"_s,
                                  .counterparty = u"Later"_s}};
    REQUIRE(BankStatementImporter(ledger.database())
                .run(ledger.writeFile(camt053(u"S"_s, lines)), std::nullopt, false));

    const auto waiting = receipts.find(QDate(2026, 11, 30));
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 2); // the third is booked after the run's date
    const auto acme = CustomerRepository(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(acme);
    const ReminderNotice notice{.customer = (*acme)->id, .currency = currency(u"EUR")};
    const QStringList warning = WaitingReceipts::describe(*waiting, {notice});
    REQUIRE(warning.size() == 2);
    CHECK(warning.at(0).contains(u"2 bank receipt(s) are waiting"_s));
    CHECK(warning.at(1) ==
          u"warning: Acme GmbH (C1) may have paid: bank line 1, 100.00 EUR on 2026-11-20"_s);
    // Nobody reminded: only the count.
    CHECK(WaitingReceipts::describe(*waiting, {}).size() == 1);
}
