// Matching bank lines to what they pay, by the contract's four rules and scores, and posting
// them: through the allocation rules, once, with the payer's account remembered when the
// bookkeeper confirms a line.

#include <catch2/catch.hpp>

#include "BankFiles.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "cashapp/CashApplicationService.h"
#include "domain/CreditorReference.h"
#include "ledger/ActivityService.h"
#include "letters/PaymentInstructions.h"
#include "plans/PlanService.h"
#include "storage/CustomerRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

constexpr char customers[] = "customer_id,name,bank_account\n"
                             "C1,Acme GmbH,\n"
                             "C2,Beta Ltd,DE02 1203 0000 0000 2020 51\n"
                             "C3,Müller & Söhne GmbH,\n";
constexpr char invoices[] = "invoice_number,customer_id,issue_date,due_date,amount\n"
                            "INV-1,C1,2026-10-01,2026-10-31,100.00\n"
                            "INV-2,C1,2026-10-05,2026-11-04,250.00\n"
                            "INV-3,C1,2026-10-09,2026-11-08,75.50\n"
                            "B-1,C2,2026-09-01,2026-10-01,40.00\n"
                            "B-2,C2,2026-09-15,2026-10-15,60.00\n"
                            "B-3,C2,2026-10-01,2026-10-31,500.00\n"
                            "M-1,C3,2026-10-01,2026-10-31,80.00\n";

const QDate asOf = QDate(2026, 11, 30);

TestEntry receipt(const QString& id, const QString& amount, const QString& reference,
                  const QString& payer = u"Someone"_s, const QString& iban = {})
{
    return TestEntry{.bankReference = id,
                     .bookingDate = u"2026-11-20"_s,
                     .amount = amount,
                     .counterparty = payer,
                     .counterpartyIban = iban,
                     .reference = reference};
}

// A ledger with the customers and invoices above, and the receipts imported as bank lines.
class MatchLedger {
public:
    explicit MatchLedger(const QList<TestEntry>& receipts)
    {
        m_ledger.load(ImportKind::Customers, customers);
        m_ledger.load(ImportKind::Invoices, invoices);
        importReceipts(receipts);
    }

    void importReceipts(const QList<TestEntry>& receipts)
    {
        const auto report =
            BankStatementImporter(m_ledger.database())
                .run(m_ledger.writeFile(camt053(u"S"_s, receipts)), std::nullopt, false);
        if (!report)
            FAIL(report.error().detail.toStdString());
    }

    QList<BankMatch> match(bool autoPost = false, bool dryRun = false)
    {
        const auto matches = CashApplicationService(m_ledger.database())
                                 .match({.asOf = asOf, .autoPost = autoPost, .dryRun = dryRun});
        if (!matches)
            FAIL(matches.error().detail.toStdString());
        return *matches;
    }

    BankMatch matchOne()
    {
        const QList<BankMatch> matches = match();
        REQUIRE(matches.size() == 1);
        return matches.first();
    }

    QList<BankLine> lines(BankLineStatus status)
    {
        auto lines = BankLineService(m_ledger.database()).lines(status);
        REQUIRE(lines);
        return *lines;
    }

    CashApplicationService service() { return CashApplicationService(m_ledger.database()); }
    ServiceLedger& ledger() { return m_ledger; }

private:
    ServiceLedger m_ledger;
};

} // namespace

TEST_CASE("Rule reference: the reference names open documents of one customer", "[bank]")
{
    SECTION("one invoice, its open amount: 100")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"100.00"_s, u"Invoice INV-1, thank you"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.rule == MatchRule::Reference);
        CHECK(match.score == 100);
        CHECK(match.customerCode == u"C1"_s);
        CHECK(match.documents == QStringList{u"INV-1"_s});
        CHECK(match.fit == AmountFit::Exact);
        CHECK(match.action() == u"suggested"_s);
        CHECK(match.explanation().contains(u"INV-1"_s));
    }
    SECTION("two invoices, their open total: 100")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"350.00"_s, u"inv-1/inv-2"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.score == 100);
        CHECK(match.documents == QStringList({u"INV-1"_s, u"INV-2"_s}));
    }
    SECTION("a creditor reference written in groups of four")
    {
        QString rf = *CreditorReference::forDocument(u"INV-3"_s);
        for (qsizetype at = rf.size() - 4; at > 0; at -= 4)
            rf.insert(at, u' ');
        MatchLedger ledger({receipt(u"R1"_s, u"75.50"_s, rf)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.score == 100);
        CHECK(match.documents == QStringList{u"INV-3"_s});
    }
    SECTION("an amount that is not their open total: 80")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"90.00"_s, u"INV-1"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.rule == MatchRule::Reference);
        CHECK(match.score == 80);
        CHECK(match.fit == AmountFit::Different);
    }
    SECTION("documents of two customers decide nothing")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"140.00"_s, u"INV-1 B-1"_s)});
        CHECK(ledger.matchOne().rule == MatchRule::Unmatched);
    }
}

TEST_CASE("The payment references letters print name their invoice or installment", "[bank]")
{
    // What the letter asking for one document prints (grouped by four, as the reader copies it
    // into a transfer) and what its QR code carries (compact).
    const auto printed = [](const QString& document) {
        const PaymentInstructions instructions({.name = u"Acme"_s}, u"C"_s, {document},
                                               Money(1, currency(u"EUR")));
        return std::pair{instructions.fields().value(u"reference"_s).toString(),
                         instructions.reference()};
    };
    const auto [invoicePrinted, invoiceCode] = printed(u"INV-3"_s);
    const auto [installmentPrinted, installmentCode] = printed(u"PLAN-1/2"_s);
    REQUIRE(invoicePrinted.startsWith(u"RF"_s));
    REQUIRE(invoicePrinted.contains(u' '));
    REQUIRE(installmentCode == *CreditorReference::forDocument(u"PLAN-1/2"_s));

    MatchLedger ledger({receipt(u"R1"_s, u"75.50"_s, invoicePrinted),
                        receipt(u"R2"_s, u"50.00"_s, u"Rate 2 "_s + installmentPrinted),
                        receipt(u"R3"_s, u"50.00"_s, installmentCode)});
    // B-1 and B-2 of Beta (100.00) on a plan of two installments: PLAN-1/1 and PLAN-1/2.
    const auto plan = PlanService(ledger.ledger().database())
                          .create({.customerCode = u"C2"_s,
                                   .invoiceNumbers = {u"B-1"_s, u"B-2"_s},
                                   .schedule = {.date = QDate(2026, 11, 1),
                                                .installments = 2,
                                                .firstDue = QDate(2026, 11, 15)}});
    if (!plan)
        FAIL(plan.error().detail.toStdString());
    const QList<BankMatch> matches = ledger.match();
    REQUIRE(matches.size() == 3);
    for (const BankMatch& match : matches) {
        CAPTURE(match.line.reference.toStdString());
        CHECK(match.rule == MatchRule::Reference);
        CHECK(match.score == 100);
    }
    CHECK(matches[0].documents == QStringList{u"INV-3"_s});
    CHECK(matches[1].documents == QStringList{u"PLAN-1/2"_s});
    CHECK(matches[2].documents == QStringList{u"PLAN-1/2"_s});
}

TEST_CASE("Rules customer-amount and customer: the customer is known another way", "[bank]")
{
    SECTION("by the customer's own account; the oldest items add up: 70")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"100.00"_s, u"payment"_s, u"B. Ltd"_s,
                                    u"DE02120300000000202051"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.rule == MatchRule::CustomerAmount);
        CHECK(match.score == 70);
        CHECK(match.clue == CustomerClue::CustomerAccount);
        CHECK(match.fit == AmountFit::OldestItems);
        CHECK(match.documents == QStringList({u"B-1"_s, u"B-2"_s}));
    }
    SECTION("by the customer code in the reference; one item's amount: 70")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"500.00"_s, u"customer c2 october"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.score == 70);
        CHECK(match.clue == CustomerClue::Code);
        CHECK(match.fit == AmountFit::OneItem);
        CHECK(match.documents == QStringList{u"B-3"_s});
    }
    SECTION("by the payer's name, folded; an amount that fits nothing: 50")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"12.00"_s, u""_s, u"MULLER SOHNE GMBH."_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.rule == MatchRule::Customer);
        CHECK(match.score == 50);
        CHECK(match.clue == CustomerClue::Name);
        CHECK(match.customerCode == u"C3"_s);
        CHECK(match.documents.isEmpty());
    }
    SECTION("nothing to go by: unmatched, 0")
    {
        MatchLedger ledger({receipt(u"R1"_s, u"12.00"_s, u"gift"_s, u"Unknown"_s)});
        const BankMatch match = ledger.matchOne();
        CHECK(match.rule == MatchRule::Unmatched);
        CHECK(match.score == 0);
        CHECK(match.action() == u"unmatched"_s);
    }
}

TEST_CASE("An automatic run posts what scores at least 90, once", "[bank]")
{
    MatchLedger ledger({receipt(u"R1"_s, u"100.00"_s, u"INV-1"_s),
                        receipt(u"R2"_s, u"90.00"_s, u"INV-2"_s),
                        receipt(u"R3"_s, u"100.00"_s, u"INV-1 again"_s)});

    SECTION("a dry run posts nothing")
    {
        const QList<BankMatch> matches = ledger.match(true, true);
        CHECK(matches.at(0).posted);
        CHECK(ledger.lines(BankLineStatus::Posted).isEmpty());
        CHECK(ledger.ledger().openItems("2026-11-30").find("BANK-") == std::string::npos);
    }
    SECTION("posting, then the same run again")
    {
        const QList<BankMatch> first = ledger.match(true);
        REQUIRE(first.size() == 3);
        CHECK(first.at(0).posted);
        CHECK_FALSE(first.at(1).posted); // 80 < 90
        // The first line paid INV-1: the third no longer finds it open.
        CHECK_FALSE(first.at(2).posted);
        CHECK(first.at(2).rule != MatchRule::Reference);
        const QList<BankLine> posted = ledger.lines(BankLineStatus::Posted);
        REQUIRE(posted.size() == 1);
        const std::string open = ledger.ledger().openItems("2026-11-30");
        CHECK(open.find("INV-1 ") == std::string::npos);

        const QList<BankMatch> again = ledger.match(true);
        CHECK(again.size() == 2);
        for (const BankMatch& match : again)
            CHECK_FALSE(match.posted);
        CHECK(ledger.lines(BankLineStatus::Posted).size() == 1);
        CHECK(ledger.ledger().openItems("2026-11-30") == open);
    }
}

TEST_CASE("A line posted by hand pays the documents named, remembers the payer's account, and "
          "shows in the activity log",
          "[bank]")
{
    MatchLedger ledger({receipt(u"R1"_s, u"300.00"_s, u"our order 77"_s, u"ACME Holding"_s,
                                u"GB33BUKB20201555555555"_s)});
    const BankLineId line = ledger.lines(BankLineStatus::Open).first().id;
    CashApplicationService service = ledger.service();

    const auto posted = service.post(line, u"C1"_s, {u"INV-3"_s});
    REQUIRE(posted);
    CHECK(posted->posted);
    // INV-3 first (75.50), then the rule: INV-1 (100.00), the rest (124.50) to INV-2.
    const std::string open = ledger.ledger().openItems("2026-11-30");
    CHECK(open.find("INV-3 ") == std::string::npos);
    CHECK(open.find("INV-1 ") == std::string::npos);
    CHECK(open.find("INV-2 125.50") != std::string::npos);

    SECTION("never twice")
    {
        const auto again = service.post(line, u"C1"_s, {});
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::InvalidInput);
        CHECK(ledger.ledger().openItems("2026-11-30") == open);
    }
    SECTION("the next receipt from that account is known to be the customer's")
    {
        ledger.importReceipts({receipt(u"R2"_s, u"125.50"_s, u""_s, u"ACME Holding"_s,
                                       u"GB33 BUKB 2020 1555 5555 55"_s)});
        const QList<BankMatch> matches = ledger.match();
        REQUIRE(matches.size() == 1);
        CHECK(matches.first().clue == CustomerClue::RememberedAccount);
        CHECK(matches.first().score == 70);
        CHECK(matches.first().documents == QStringList{u"INV-2"_s});
    }
    SECTION("the customer's activity log says so")
    {
        const auto customer = CustomerRepository(ledger.ledger().database()).findByCode(u"C1"_s);
        REQUIRE(customer);
        const auto log =
            ActivityService(ledger.ledger().database()).list((*customer)->id, asOf, 10);
        REQUIRE(log);
        REQUIRE(log->size() == 1);
        CHECK(log->first().activity.text.contains(u"BANK-%1"_s.arg(line.value)));
    }
}

TEST_CASE("An over-payment stays on the customer as unapplied credit", "[bank]")
{
    MatchLedger ledger({receipt(u"R1"_s, u"1000.00"_s, u"INV-1"_s)});
    const QList<BankMatch> matches = ledger.match(true);
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().score == 80);
    const auto posted =
        ledger.service().post(matches.first().line.id, u"C1"_s, matches.first().documents);
    REQUIRE(posted);
    // 1000.00 pays INV-1, INV-2 and INV-3 (425.50); 574.50 stays unapplied.
    const std::string open = ledger.ledger().openItems("2026-11-30");
    CHECK(open.find("BANK-" + std::to_string(posted->line.id.value) + " -574.50") !=
          std::string::npos);
}

TEST_CASE("An ignored line leaves the queue with its reason and cannot be posted", "[bank]")
{
    MatchLedger ledger({receipt(u"R1"_s, u"12.00"_s, u"refund"_s)});
    const BankLineId line = ledger.lines(BankLineStatus::Open).first().id;
    CashApplicationService service = ledger.service();
    CHECK(service.ignore(line, u"  "_s).error().code == ErrorCode::InvalidArgument);
    REQUIRE(service.ignore(line, u"refund of a supplier"_s));
    const QList<BankLine> ignored = ledger.lines(BankLineStatus::Ignored);
    REQUIRE(ignored.size() == 1);
    CHECK(ignored.first().ignoreReason == u"refund of a supplier"_s);
    CHECK(ledger.match().isEmpty());
    CHECK_FALSE(service.post(line, u"C1"_s, {}));
    CHECK(service.ignore(BankLineId{999}, u"x"_s).error().code == ErrorCode::NotFound);
}

TEST_CASE("A line split across customers posts one payment per part; a short payment leaves the "
          "rest open",
          "[bank]")
{
    MatchLedger ledger({receipt(u"R1"_s, u"150.00"_s, u"INV-1 and B-1"_s)});
    const BankLineId line = ledger.lines(BankLineStatus::Open).first().id;
    CashApplicationService service = ledger.service();
    const CurrencyCode euro = currency(u"EUR");

    SECTION("parts that do not add up to the line change nothing")
    {
        const auto wrong = service.postSplit(
            line, {{u"C1"_s, Money(10000, euro), {u"INV-1"_s}}, {u"C2"_s, Money(4000, euro), {}}});
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().code == ErrorCode::InvalidInput);
        CHECK(wrong.error().detail.contains(u"140.00"_s));
        CHECK(ledger.lines(BankLineStatus::Open).size() == 1);
        CHECK_FALSE(service.postSplit(line, {{u"C1"_s, Money(15000, euro), {}}}));
    }
    SECTION("two customers, one short")
    {
        const auto posted = service.postSplit(
            line, {{u"C1"_s, Money(9000, euro), {u"INV-1"_s}}, {u"C2"_s, Money(6000, euro), {}}});
        REQUIRE(posted);
        REQUIRE(posted->size() == 2);
        CHECK(posted->at(0).posted);
        const std::string open = ledger.ledger().openItems("2026-11-30");
        // C1 paid 90.00 of INV-1; C2's 60.00 went to its oldest items, B-1 (40.00) and B-2.
        CHECK(open.find("INV-1 10.00") != std::string::npos);
        CHECK(open.find("B-1 ") == std::string::npos);
        CHECK(open.find("B-2 40.00") != std::string::npos);
        CHECK(open.find("BANK-") == std::string::npos);
        CHECK(ledger.lines(BankLineStatus::Posted).size() == 1);
        CHECK_FALSE(service.postSplit(
            line, {{u"C1"_s, Money(9000, euro), {}}, {u"C2"_s, Money(6000, euro), {}}}));
        CHECK(ledger.ledger().openItems("2026-11-30") == open);
    }
}

TEST_CASE("The receipts to apply: open lines counted and added up per currency", "[bank]")
{
    MatchLedger ledger({});
    BankLineService lines(ledger.ledger().database());
    SECTION("nothing imported: nothing to apply")
    {
        const auto totals = lines.openTotals();
        REQUIRE(totals);
        CHECK(totals->isEmpty());
    }
    SECTION("posted and ignored lines are no longer counted; each currency on its own")
    {
        ledger.ledger().load(ImportKind::Customers, "customer_id,name,currency\n"
                                                    "U1,Union Corp,USD\n");
        TestEntry dollars = receipt(u"U1"_s, u"19.99"_s, u"U1"_s);
        dollars.currency = u"USD"_s;
        ledger.importReceipts({receipt(u"R1"_s, u"100.00"_s, u"INV-1"_s),
                               receipt(u"R2"_s, u"12.00"_s, u"refund"_s),
                               receipt(u"R3"_s, u"0.50"_s, u"what"_s),
                               receipt(u"R4"_s, u"250.00"_s, u"INV-2"_s), dollars});
        const QList<BankLine> open = ledger.lines(BankLineStatus::Open);
        REQUIRE(open.size() == 5);
        CashApplicationService service = ledger.service();
        REQUIRE(service.post(open.at(0).id, u"C1"_s, {u"INV-1"_s}));
        REQUIRE(service.ignore(open.at(1).id, u"refund of a supplier"_s));

        const auto totals = lines.openTotals();
        REQUIRE(totals);
        REQUIRE(totals->size() == 2);
        CHECK(totals->at(0).currency.code() == u"EUR"_s);
        CHECK(totals->at(0).count == 2);
        CHECK(totals->at(0).amountMinor == 25050);
        CHECK(totals->at(1).currency.code() == u"USD"_s);
        CHECK(totals->at(1).count == 1);
        CHECK(totals->at(1).amountMinor == 1999);
    }
}

TEST_CASE("Rule reference: the open total less the discounts still offered scores 100, and "
          "posting it allows them",
          "[bank][discount]")
{
    // D1 has 2/10. On the booking date 2026-11-20, D-1 (500.00, issued 11-12) still offers
    // 10.00 until 11-22; D-2's 5.00 ended on 11-15.
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,discount_percent,discount_days\nD1,Delta AG,2,10\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "D-1,D1,2026-11-12,2026-12-12,500.00\n"
                                      "D-2,D1,2026-11-05,2026-12-05,250.00\n");
    const auto imported =
        BankStatementImporter(ledger.database())
            .run(ledger.writeFile(camt053(u"S"_s, {receipt(u"R1"_s, u"490.00"_s, u"D-1"_s),
                                                   receipt(u"R2"_s, u"245.00"_s, u"D-2"_s)})),
                 std::nullopt, false);
    REQUIRE(imported.has_value());

    const auto matches = CashApplicationService(ledger.database())
                             .match({.asOf = asOf, .autoPost = true, .dryRun = false});
    REQUIRE(matches.has_value());
    REQUIRE(matches->size() == 2);
    CHECK(matches->at(0).documents == QStringList{u"D-1"_s});
    CHECK(matches->at(0).score == 100);
    CHECK(matches->at(0).fit == AmountFit::Exact);
    CHECK(matches->at(0).posted);
    CHECK(matches->at(1).documents == QStringList{u"D-2"_s});
    CHECK(matches->at(1).score == 80);
    CHECK_FALSE(matches->at(1).posted);
    // D-1 is settled by 490.00 and its discount of 10.00.
    CHECK(ledger.openItems("2026-11-30") == "D-2 250.00\n");
}
