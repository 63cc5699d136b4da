// Corrections with history kept (docs/contract.md, Corrections): editing an invoice under the
// rules of a new one, voiding invoices, payments and credit notes, un-applying and re-applying
// a credit's money later, deleting only what was never used, and the log of every change. A
// report as of a date before a correction reads as it did before the correction was made.

#include <catch2/catch.hpp>

#include "domain/Clock.h"
#include "kpi/KpiService.h"
#include "ledger/CorrectionHistoryService.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "storage/Database.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::day;
using ardesk::test::ServiceLedger;

namespace {

// Alpha (C1) owes INV-1 100.00 (due 2025-03-31) and INV-2 60.00 (due 2025-04-04); P-1 paid
// INV-1 in full on 2025-03-10. Beta (C2) has INV-3 40.00, never touched, and a credit note
// CN-1 of 15.00 of 2025-03-01 that found nothing open.
class CorrectionLedger {
public:
    CorrectionLedger()
    {
        m_ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\nC2,Beta,\n");
        m_ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount\n"
                                               "CN-1,C2,2025-03-01,15.00\n");
        m_ledger.load(ImportKind::Invoices,
                      "invoice_number,customer_id,issue_date,due_date,amount\n"
                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                      "INV-2,C1,2025-03-05,2025-04-04,60.00\n"
                      "INV-3,C2,2025-03-02,2025-04-01,40.00\n");
        m_ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                            "P-1,C1,2025-03-10,100.00,INV-1\n");
    }

    ServiceLedger& ledger() { return m_ledger; }
    Database& database() { return m_ledger.database(); }
    std::string openItems(const char* asOf) { return m_ledger.openItems(asOf); }
    std::string summary(const char* asOf) { return m_ledger.summary(agingOptions(asOf)); }

    InvoiceId invoiceId(const QString& number)
    {
        const auto found = InvoiceCorrectionService(database()).invoice(number);
        REQUIRE(found.has_value());
        return found->id;
    }

    QList<Correction> history(const QString& customerCode)
    {
        const auto invoice = InvoiceCorrectionService(database())
                                 .invoice(customerCode == u"C1"_s ? u"INV-2"_s : u"INV-3"_s);
        REQUIRE(invoice.has_value());
        const auto log = CorrectionHistoryService(database()).forCustomer(invoice->customerId);
        REQUIRE(log.has_value());
        return *log;
    }

private:
    ServiceLedger m_ledger;
};

CreditCorrectionService::Unapply unapply(const char* code, const char* invoice, const char* date,
                                         std::optional<qint64> amountMinor = std::nullopt)
{
    return {.kind = Credit::Kind::Payment,
            .code = QString::fromLatin1(code),
            .invoiceNumber = QString::fromLatin1(invoice),
            .amountMinor = amountMinor,
            .date = day(date),
            .reason = u"posted to the wrong invoice"_s};
}

CreditCorrectionService::Apply apply(const char* code, const char* invoice, const char* date,
                                     std::optional<qint64> amountMinor = std::nullopt)
{
    return {.kind = Credit::Kind::Payment,
            .code = QString::fromLatin1(code),
            .invoiceNumber = QString::fromLatin1(invoice),
            .amountMinor = amountMinor,
            .date = day(date),
            .shares = {},
            .reason = {}};
}

std::string errorOf(const Error& error)
{
    return error.detail.toStdString();
}

} // namespace

TEST_CASE("Un-applying and re-applying a payment later keeps earlier as-of reports",
          "[corrections]")
{
    CorrectionLedger ledger;
    CreditCorrectionService credits(ledger.database());
    CHECK(ledger.openItems("2025-03-20") == "INV-2 60.00\nCN-1 -15.00\nINV-3 40.00\n");
    const std::string asOfMarch = ledger.openItems("2025-03-20");
    const std::string summaryMarch = ledger.summary("2025-03-20");

    const auto taken = credits.unapply(unapply("P-1", "INV-1", "2025-04-01"));
    REQUIRE(taken.has_value());
    CHECK(*taken == 10000);
    CHECK(credits.credit(Credit::Kind::Payment, u"P-1"_s)->unappliedMinor == 10000);

    // As of a day before the un-application the payment still paid INV-1.
    CHECK(ledger.openItems("2025-03-20") == asOfMarch);
    CHECK(ledger.summary("2025-03-20") == summaryMarch);
    CHECK(ledger.openItems("2025-04-01") ==
          "P-1 -100.00\nINV-1 100.00\nINV-2 60.00\nCN-1 -15.00\nINV-3 40.00\n");

    // Re-applied to INV-2 on 2025-04-10: from that day 60.00 of it pays INV-2.
    const auto shares = credits.apply(apply("P-1", "INV-2", "2025-04-10"));
    REQUIRE(shares.has_value());
    REQUIRE(shares->size() == 1);
    CHECK(shares->first().amountMinor == 6000);
    CHECK(ledger.openItems("2025-04-05") ==
          "P-1 -100.00\nINV-1 100.00\nINV-2 60.00\nCN-1 -15.00\nINV-3 40.00\n");
    CHECK(ledger.openItems("2025-04-10") == "P-1 -40.00\nINV-1 100.00\nCN-1 -15.00\nINV-3 40.00\n");
    CHECK(ledger.openItems("2025-03-20") == asOfMarch);

    // The rest by the rule: the oldest open item issued by then, INV-1.
    const auto rest = credits.apply(apply("P-1", "", "2025-04-12"));
    REQUIRE(rest.has_value());
    CHECK(ledger.openItems("2025-04-12") == "INV-1 60.00\nCN-1 -15.00\nINV-3 40.00\n");
    CHECK(ledger.openItems("2025-04-11") == "P-1 -40.00\nINV-1 100.00\nCN-1 -15.00\nINV-3 40.00\n");
}

TEST_CASE("Un-applying and applying keep to the allocation rules and the dates", "[corrections]")
{
    CorrectionLedger ledger;
    CreditCorrectionService credits(ledger.database());
    const auto paid = ledger.openItems("2025-04-30");

    auto refused = [&](const Result<qint64>& result, const char* expected) {
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(errorOf(result.error()) == expected);
    };
    refused(credits.unapply(unapply("P-1", "INV-1", "2025-04-01", 10001)),
            "payment P-1 has only 100.00 applied to INV-1; cannot un-apply 100.01");
    refused(credits.unapply(unapply("P-1", "INV-2", "2025-04-01")),
            "payment P-1 pays nothing of INV-2");
    refused(credits.unapply(unapply("P-1", "INV-1", "2025-03-09")),
            "payment P-1 can be corrected only as of 2025-03-10 or later (its date or its latest "
            "change); got 2025-03-09");
    refused(credits.unapply(unapply("P-1", "INV-1", "2025-04-01", 0)),
            "the amount to un-apply must be positive");
    CHECK(credits.unapply(unapply("P-9", "INV-1", "2025-04-01")).error().code ==
          ErrorCode::NotFound);
    CHECK(ledger.openItems("2025-04-30") == paid);

    REQUIRE(credits.unapply(unapply("P-1", "INV-1", "2025-04-01", 3000)).has_value());
    // Nothing before the latest change: the history reads forwards.
    refused(credits.unapply(unapply("P-1", "INV-1", "2025-03-20", 1000)),
            "payment P-1 can be corrected only as of 2025-04-01 or later (its date or its latest "
            "change); got 2025-03-20");

    const auto tooMuch = credits.apply(apply("P-1", "INV-2", "2025-04-02", 3001));
    REQUIRE_FALSE(tooMuch.has_value());
    CHECK(errorOf(tooMuch.error()) == "payment P-1 has only 30.00 unapplied; cannot apply 30.01");
    // Another customer's invoice is refused by the allocation rules.
    const auto other = credits.apply(apply("P-1", "INV-3", "2025-04-02"));
    REQUIRE_FALSE(other.has_value());
    CHECK(errorOf(other.error()) == "INV-3 belongs to another customer");
    // A share of the user's own: more than is open is refused.
    CreditCorrectionService::Apply own = apply("P-1", "", "2025-04-02");
    own.shares = {{.item = ledger.invoiceId(u"INV-2"_s), .amountMinor = 2000, .discountMinor = 0},
                  {.item = ledger.invoiceId(u"INV-1"_s), .amountMinor = 2000, .discountMinor = 0}};
    const auto overShares = credits.apply(own);
    REQUIRE_FALSE(overShares.has_value());
    CHECK(errorOf(overShares.error()) ==
          "the shares add up to 40.00, more than the credit's 30.00");
    own.shares.removeLast();
    REQUIRE(credits.apply(own).has_value());
    CHECK(ledger.openItems("2025-04-02") == "P-1 -10.00\nINV-1 30.00\nINV-2 40.00\n"
                                            "CN-1 -15.00\nINV-3 40.00\n");
}

TEST_CASE("A voided payment leaves reports from its void date on, not before", "[corrections]")
{
    CorrectionLedger ledger;
    CreditCorrectionService credits(ledger.database());
    const std::string asOfMarch = ledger.openItems("2025-03-20");
    const std::string summaryMarch = ledger.summary("2025-03-31");

    REQUIRE(
        credits.voidCredit(Credit::Kind::Payment, u"P-1"_s, day("2025-04-01"), u"cheque bounced"_s)
            .has_value());
    const auto voided = credits.credit(Credit::Kind::Payment, u"P-1"_s);
    REQUIRE(voided.has_value());
    CHECK(voided->voidDate == day("2025-04-01"));
    CHECK(voided->voidReason == u"cheque bounced"_s);
    CHECK(voided->unappliedMinor == 0);

    CHECK(ledger.openItems("2025-03-20") == asOfMarch);
    CHECK(ledger.summary("2025-03-31") == summaryMarch);
    // From the void on, INV-1 is open again and P-1 is no credit of Alpha's.
    CHECK(ledger.openItems("2025-04-01") == "INV-1 100.00\nINV-2 60.00\nCN-1 -15.00\n"
                                            "INV-3 40.00\n");

    const auto again =
        credits.voidCredit(Credit::Kind::Payment, u"P-1"_s, day("2025-04-02"), u"twice"_s);
    REQUIRE_FALSE(again.has_value());
    CHECK(errorOf(again.error()) == "payment P-1 is void since 2025-04-01; it cannot be changed");
    CHECK_FALSE(credits.apply(apply("P-1", "INV-2", "2025-04-05")).has_value());
    CHECK(errorOf(credits.voidCredit(Credit::Kind::CreditNote, u"CN-1"_s, day("2025-04-01"), u" "_s)
                      .error()) == "a void needs a reason");
}

TEST_CASE("A voided credit note's unapplied credit counts only before its void", "[corrections]")
{
    CorrectionLedger ledger;
    CreditCorrectionService credits(ledger.database());
    REQUIRE(credits
                .voidCredit(Credit::Kind::CreditNote, u"CN-1"_s, day("2025-03-15"),
                            u"issued to the wrong customer"_s)
                .has_value());
    CHECK(ledger.openItems("2025-03-14") == "INV-2 60.00\nCN-1 -15.00\nINV-3 40.00\n");
    CHECK(ledger.openItems("2025-03-15") == "INV-2 60.00\nINV-3 40.00\n");
}

TEST_CASE("Voiding an invoice: refused while money is applied, then as of its date on",
          "[corrections]")
{
    CorrectionLedger ledger;
    InvoiceCorrectionService invoices(ledger.database());
    CreditCorrectionService credits(ledger.database());

    // The bookkeeper decides where the payment goes: the void never moves it silently.
    const auto paid = invoices.voidInvoice(u"INV-1"_s, day("2025-04-01"), u"duplicate"_s);
    REQUIRE_FALSE(paid.has_value());
    CHECK(paid.error().code == ErrorCode::InvalidInput);
    CHECK(errorOf(paid.error()) ==
          "invoice INV-1 has payments or credit notes applied (P-1 100.00); un-apply them first");

    REQUIRE(credits.unapply(unapply("P-1", "INV-1", "2025-04-01")).has_value());
    const auto early = invoices.voidInvoice(u"INV-1"_s, day("2025-03-31"), u"duplicate"_s);
    REQUIRE_FALSE(early.has_value());
    CHECK(errorOf(early.error()) == "invoice INV-1 can be voided only as of 2025-04-01 or later "
                                    "(its issue date or its latest allocation); got 2025-03-31");

    const std::string asOfMarch = ledger.openItems("2025-03-31");
    const std::string summaryBefore = ledger.summary("2025-04-01");
    REQUIRE(
        invoices.voidInvoice(u"INV-1"_s, day("2025-04-02"), u"duplicate of INV-2"_s).has_value());
    // An as-of aging before the void date is unchanged by it.
    CHECK(ledger.openItems("2025-03-31") == asOfMarch);
    CHECK(ledger.summary("2025-04-01") == summaryBefore);
    CHECK(ledger.openItems("2025-04-01") ==
          "P-1 -100.00\nINV-1 100.00\nINV-2 60.00\nCN-1 -15.00\nINV-3 40.00\n");
    CHECK(ledger.openItems("2025-04-02") == "P-1 -100.00\nINV-2 60.00\nCN-1 -15.00\n"
                                            "INV-3 40.00\n");

    const auto voided = invoices.invoice(u"INV-1"_s);
    REQUIRE(voided.has_value());
    CHECK(voided->voidDate == day("2025-04-02"));
    CHECK(voided->voidReason == u"duplicate of INV-2"_s);
    // A void invoice is kept as it is: no edit, no second void, no delete.
    CHECK(errorOf(invoices.edit({.number = u"INV-1"_s, .amountMinor = 5000}).error()) ==
          "invoice INV-1 is void since 2025-04-02; it cannot be changed");
    CHECK_FALSE(invoices.voidInvoice(u"INV-1"_s, day("2025-04-03"), u"again"_s).has_value());
    CHECK(errorOf(invoices.remove(u"INV-1"_s).error()) ==
          "invoice INV-1 is void; a void invoice is kept");
    // Nothing can be applied to it any more: P-1 by the rule goes to INV-2.
    REQUIRE(credits.apply(apply("P-1", "", "2025-04-03")).has_value());
    CHECK(ledger.openItems("2025-04-03") == "P-1 -40.00\nCN-1 -15.00\nINV-3 40.00\n");
}

TEST_CASE("An invoice that was never paid is voided on its own date", "[corrections]")
{
    CorrectionLedger ledger;
    InvoiceCorrectionService invoices(ledger.database());
    const auto early = invoices.voidInvoice(u"INV-3"_s, day("2025-03-01"), u"typo"_s);
    REQUIRE_FALSE(early.has_value());
    CHECK(errorOf(early.error()) == "invoice INV-3 can be voided only as of 2025-03-02 or later "
                                    "(its issue date or its latest allocation); got 2025-03-01");
    REQUIRE(invoices.voidInvoice(u"INV-3"_s, day("2025-03-02"), u"typo"_s).has_value());
    CHECK(ledger.openItems("2025-03-01") == "INV-1 100.00\nCN-1 -15.00\n");
    CHECK(ledger.openItems("2025-03-02") == "INV-1 100.00\nCN-1 -15.00\n");
}

TEST_CASE("Editing an invoice keeps every rule of a new one", "[corrections]")
{
    CorrectionLedger ledger;
    InvoiceCorrectionService invoices(ledger.database());

    auto refused = [&](const InvoiceCorrectionService::Edit& edit, const char* expected) {
        const auto result = invoices.edit(edit);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(errorOf(result.error()) == expected);
    };
    refused({.number = u"INV-1"_s, .amountMinor = 9999},
            "invoice INV-1 has 100.00 applied to it (payments, credit notes, write-offs or a "
            "plan); its amount cannot be less: un-apply first");
    refused({.number = u"INV-1"_s, .amountMinor = 0}, "an invoice must be a positive amount");
    refused({.number = u"INV-1"_s, .newNumber = u"INV-2"_s}, "invoice number INV-2 is taken");
    CHECK(invoices.edit({.number = u"INV-1"_s, .newNumber = u"PLAN-1/1"_s}).has_value() == false);
    refused({.number = u"INV-1"_s, .issueDate = QDate()}, "an invoice needs an issue date");
    CHECK(invoices.edit({.number = u"INV-9"_s, .amountMinor = 100}).error().code ==
          ErrorCode::NotFound);
    const std::string untouched = ledger.openItems("2025-04-30");

    // The same values: nothing changes and nothing is logged.
    const auto same = invoices.edit({.number = u"INV-2"_s, .amountMinor = 6000});
    REQUIRE(same.has_value());
    CHECK(*same == 0);
    CHECK(ledger.openItems("2025-04-30") == untouched);

    const auto changed = invoices.edit({.number = u"INV-2"_s,
                                        .newNumber = u"INV-2A"_s,
                                        .dueDate = day("2025-05-04"),
                                        .amountMinor = 6500,
                                        .description = u"Consulting, April"_s,
                                        .reason = u"wrong amount"_s});
    REQUIRE(changed.has_value());
    CHECK(*changed == 4);
    // Amount above what is applied: INV-1 150.00 leaves 50.00 open after P-1's 100.00.
    REQUIRE(invoices.edit({.number = u"INV-1"_s, .amountMinor = 15000}).has_value());
    CHECK(ledger.openItems("2025-04-30") == "INV-1 50.00\nINV-2A 65.00\nCN-1 -15.00\n"
                                            "INV-3 40.00\n");
    const auto detail = ledger.ledger().detail(agingOptions("2025-04-30"));
    CHECK(detail.find("C1,Alpha,EUR,INV-2A,2025-03-05,2025-05-04,") != std::string::npos);
}

TEST_CASE("An edit of an invoice someone else changed since it was read is refused, theirs kept",
          "[corrections]")
{
    CorrectionLedger ledger;
    InvoiceCorrectionService mine(ledger.database());
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.ledger().path());
    REQUIRE(other);
    InvoiceCorrectionService theirs(**other);

    const CorrectableInvoice asRead = *mine.invoice(u"INV-2"_s);
    REQUIRE(theirs.edit({.number = u"INV-2"_s, .dueDate = day("2025-05-04")}).has_value());

    // The editor sends every field as its form holds them: the old due date would come back.
    const InvoiceCorrectionService::Edit edit{.number = u"INV-2"_s,
                                              .newNumber = u"INV-2"_s,
                                              .issueDate = asRead.issueDate,
                                              .dueDate = asRead.dueDate,
                                              .amountMinor = 6500,
                                              .description = asRead.description,
                                              .asRead = asRead};
    const auto refused = mine.edit(edit);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    const CorrectableInvoice kept = *theirs.invoice(u"INV-2"_s);
    CHECK(kept.dueDate == day("2025-05-04"));
    CHECK(kept.amountMinor == 6000);

    // A payment applied meanwhile is no edit of the invoice: the amount still may change.
    ledger.ledger().load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                               "P-2,C1,2025-03-20,10.00,INV-2\n");
    auto again = edit;
    again.dueDate = kept.dueDate;
    again.asRead = kept;
    const auto saved = mine.edit(again);
    REQUIRE(saved.has_value());
    CHECK(*saved == 1);
    const CorrectableInvoice now = *theirs.invoice(u"INV-2"_s);
    CHECK(now.amountMinor == 6500);
    CHECK(now.dueDate == day("2025-05-04"));

    // A new number given meanwhile is such a change too, not an invoice gone.
    REQUIRE(theirs.edit({.number = u"INV-2"_s, .newNumber = u"INV-2B"_s}).has_value());
    again.asRead = now;
    again.amountMinor = 7000;
    const auto renamed = mine.edit(again);
    REQUIRE_FALSE(renamed.has_value());
    CHECK(renamed.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(mine.invoice(now.id)->number == u"INV-2B"_s);
    CHECK(mine.invoice(now.id)->amountMinor == 6500);
}

TEST_CASE("Only a document nothing used can be deleted", "[corrections]")
{
    CorrectionLedger ledger;
    InvoiceCorrectionService invoices(ledger.database());
    CreditCorrectionService credits(ledger.database());

    const auto paid = invoices.remove(u"INV-1"_s);
    REQUIRE_FALSE(paid.has_value());
    CHECK(errorOf(paid.error()) ==
          "invoice INV-1 cannot be deleted: payments, credit notes, write-offs or a plan were "
          "applied to it; void it instead");
    const auto applied = credits.remove(Credit::Kind::Payment, u"P-1"_s);
    REQUIRE_FALSE(applied.has_value());
    CHECK(errorOf(applied.error()) ==
          "payment P-1 cannot be deleted: it was applied to invoices; void it instead");

    REQUIRE(invoices.remove(u"INV-3"_s).has_value());
    CHECK(invoices.invoice(u"INV-3"_s).error().code == ErrorCode::NotFound);
    REQUIRE(credits.remove(Credit::Kind::CreditNote, u"CN-1"_s).has_value());
    CHECK(ledger.openItems("2025-04-30") == "INV-2 60.00\n");

    // A payment un-applied again was still used once: it is voided, never deleted.
    REQUIRE(credits.unapply(unapply("P-1", "INV-1", "2025-04-01")).has_value());
    CHECK_FALSE(credits.remove(Credit::Kind::Payment, u"P-1"_s).has_value());
}

TEST_CASE("Every correction is logged with what, old and new, and when", "[corrections]")
{
    CorrectionLedger ledger;
    const QDateTime when(QDate(2025, 4, 1), QTime(9, 30), Qt::UTC);
    ClockOverride clock(std::make_shared<FixedClock>(when));
    InvoiceCorrectionService invoices(ledger.database());
    CreditCorrectionService credits(ledger.database());

    REQUIRE(invoices.edit({.number = u"INV-2"_s, .amountMinor = 6500, .reason = u"typo"_s})
                .has_value());
    REQUIRE(credits.unapply(unapply("P-1", "INV-1", "2025-04-01", 4000)).has_value());
    REQUIRE(credits.apply(apply("P-1", "INV-2", "2025-04-01")).has_value());
    REQUIRE(credits.voidCredit(Credit::Kind::Payment, u"P-1"_s, day("2025-04-02"), u"bounced"_s)
                .has_value());
    // A refused change leaves no trace.
    CHECK_FALSE(invoices.edit({.number = u"INV-1"_s, .newNumber = u"INV-2"_s}).has_value());

    QStringList lines;
    for (const Correction& c : ledger.history(u"C1"_s)) {
        CHECK(c.madeAt == when);
        lines.append(CorrectionHistoryService::kindName(c.documentKind) + u' ' + c.document + u' ' +
                     CorrectionHistoryService::actionName(c.action) + u' ' + c.field + u' ' +
                     c.oldValue + u"->"_s + c.newValue + u' ' +
                     (c.date.isValid() ? c.date.toString(Qt::ISODate) : u"-"_s) + u' ' + c.reason);
    }
    CHECK(lines.join(u'\n').toStdString() ==
          "invoice INV-2 edit amount 60.00->65.00 - typo\n"
          "payment P-1 unapply INV-1 100.00->60.00 2025-04-01 posted to the wrong invoice\n"
          "payment P-1 apply INV-2 0.00->40.00 2025-04-01 \n"
          "payment P-1 unapply INV-1 60.00->0.00 2025-04-02 bounced\n"
          "payment P-1 unapply INV-2 40.00->0.00 2025-04-02 bounced\n"
          "payment P-1 void  -> 2025-04-02 bounced");
    CHECK(ledger.history(u"C2"_s).isEmpty());
}

TEST_CASE("Un-applying a payment takes back the discount it earned; applied later it earns none",
          "[corrections]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,discount_percent,discount_days\nC1,Alpha,2,10\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,1000.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P-1,C1,2025-03-05,980.00,INV-1\n");
    CHECK(ledger.openItems("2025-03-05").empty());
    CreditCorrectionService credits(ledger.database());
    const auto applied = credits.applications(Credit::Kind::Payment, u"P-1"_s);
    REQUIRE(applied.has_value());
    REQUIRE(applied->size() == 1);
    CHECK(applied->first().appliedMinor == 98000);
    REQUIRE(applied->first().discounts.size() == 1);
    CHECK(applied->first().discounts.first().second == 2000);

    REQUIRE(credits.unapply(unapply("P-1", "INV-1", "2025-04-01")).has_value());
    CHECK(ledger.openItems("2025-03-20").empty());
    CHECK(ledger.openItems("2025-04-01") == "P-1 -980.00\nINV-1 1000.00\n");
    const auto after = credits.applications(Credit::Kind::Payment, u"P-1"_s);
    REQUIRE(after.has_value());
    CHECK(after->isEmpty());

    REQUIRE(credits.apply(apply("P-1", "INV-1", "2025-04-02")).has_value());
    CHECK(ledger.openItems("2025-04-02") == "INV-1 20.00\n");
}

TEST_CASE("A void takes a document's sale or credit back in the KPIs on its void date only",
          "[corrections][kpi]")
{
    CorrectionLedger ledger;
    const KpiOptions options{.from = day("2025-03-01"), .to = day("2025-05-31")};
    const auto before = KpiService(ledger.database()).report(options);
    REQUIRE(before.has_value());
    REQUIRE(before->rows.size() == 3);
    // March: INV-1, INV-2, INV-3 less CN-1.
    CHECK(before->rows.at(0).creditSalesMinor == 18500);

    InvoiceCorrectionService invoices(ledger.database());
    CreditCorrectionService credits(ledger.database());
    REQUIRE(invoices.voidInvoice(u"INV-3"_s, day("2025-05-10"), u"never delivered"_s).has_value());
    REQUIRE(credits
                .voidCredit(Credit::Kind::CreditNote, u"CN-1"_s, day("2025-05-10"),
                            u"issued by mistake"_s)
                .has_value());
    const auto after = KpiService(ledger.database()).report(options);
    REQUIRE(after.has_value());
    REQUIRE(after->rows.size() == 3);
    for (int month = 0; month < 2; ++month) {
        INFO("month " << month);
        CHECK(after->rows.at(month).creditSalesMinor == before->rows.at(month).creditSalesMinor);
        CHECK(after->rows.at(month).endArMinor == before->rows.at(month).endArMinor);
    }
    // May: INV-3's 40.00 taken back, CN-1's 15.00 given back; AR without INV-3.
    CHECK(after->rows.at(2).creditSalesMinor == before->rows.at(2).creditSalesMinor - 4000 + 1500);
    CHECK(after->rows.at(2).endArMinor == before->rows.at(2).endArMinor - 4000);
}
