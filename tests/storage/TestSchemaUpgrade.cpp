// Schema upgrades: a ledger written at any earlier schema version opens upgraded to the current
// one, with every row kept, readable through the repositories, and reports that agree with a
// ledger created new with the same rows. The versions come from the Migrator, so a new
// migration is covered here without touching this file (only its new tables need rows below).
// A ledger from a newer ARDesk is refused and left byte for byte as it was, and a step that
// fails leaves the ledger at the last complete version.

#include <catch2/catch.hpp>

#include <QDir>
#include <QStringList>

#include "StorageLedger.h"
#include "aging/AgingService.h"
#include "domain/CreditorReference.h"
#include "domain/FoldedText.h"
#include "domain/PaymentDetails.h"
#include "storage/ActivityRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/AllocationRepository.h"
#include "storage/CreditListRepository.h"
#include "storage/CustomerAccountRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/DunningLevelRepository.h"
#include "storage/DunningRepository.h"
#include "storage/InvoiceListRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/KpiRepository.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/LetterTemplateRepository.h"
#include "storage/Migrator.h"
#include "storage/PlanRepository.h"
#include "storage/RecurringRepository.h"
#include "storage/ReminderLogRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

// The schema versions where the fixture's rows change: what a ledger of that version can hold.
constexpr int plansVersion = 2;
constexpr int activitiesVersion = 3;
constexpr int dunningVersion = 5;
constexpr int templatesVersion = 6;
constexpr int chargesVersion = 7;
constexpr int recurringVersion = 10;
constexpr int agencyVersion = 11;
constexpr int discountsVersion = 13;
constexpr int foldedNamesVersion = 16;
constexpr int auditVersion = 17;

// Every schema version a ledger can be at: the migrations' numbers, which may have gaps (a
// number given to a change that was later renumbered is never used).
const QList<int>& schemaVersions()
{
    static const QList<int> versions = [] {
        QList<int> all;
        for (const Migrator::Step& step : Migrator::steps())
            all.append(step.version);
        return all;
    }();
    return versions;
}

// A ledger at `version` the way that version of ARDesk left it: migrations 0001 to `version`
// alone, applied through another connection.
void buildLedgerAt(const QString& path, int version)
{
    REQUIRE(schemaVersions().contains(version));
    RawLedger(path).migrateTo(version);
}

// Representative rows of a ledger written at schema `version`: three customers (one in USD),
// invoices open, part-paid, paid and written off, a payment with money left over, a credit
// note; from schema 2 a plan that took an invoice over, from 3 a promise and a dispute, from 5
// a reminder sent and an edited level, from 6 an edited letter, from 7 a reminder charge, from
// 11 a courtesy reminder, the courtesy level switched on and a customer with an agency, from 13
// early-payment terms of a customer and an invoice's own discount offer. Each
// table's columns are those it has in the ledger written to: an old ledger gets the old shape,
// a new one the columns the migrations added (allocations' effective date, due date and
// currency from 0002).
void putRows(RawLedger& raw, int version)
{
    const bool plans = version >= plansVersion;
    raw.exec(u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Upgrade Ltd'), "
             "('currency', 'EUR')"_s);
    raw.exec(u"INSERT INTO customers(id, code, name, email, phone, address, terms_days, "
             "credit_limit, currency, language, on_hold, created_at) VALUES "
             "(1, 'C1', 'Alpha GmbH', 'ap@alpha.example', '+49 30 1234', "
             "'Hauptstr. 1, 10115 Berlin', 14, 100000, 'EUR', 'de', 0, '2025-01-01T08:00:00Z'), "
             "(2, 'C2', 'Bäckerei Süd', '', '', '', 30, NULL, 'EUR', 'en', 0, "
             "'2025-01-02T08:00:00Z'), "
             "(3, 'C3', 'Gamma Inc', '', '', '', 30, NULL, 'USD', 'en', 0, "
             "'2025-01-03T08:00:00Z')"_s);
    if (plans) {
        raw.exec(u"INSERT INTO plans(id, customer_id, date, currency, covered, installments, "
                 "frequency, first_due, status, created_at) VALUES (1, 2, '2025-02-10', 'EUR', "
                 "20000, 2, 'monthly', '2025-03-10', 'active', '2025-02-10T09:00:00Z')"_s);
    }
    raw.exec(u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, "
             "currency, description, allocated, settled_date, created_at) VALUES "
             "(1, 'INV-1', 1, '2025-01-01', '2025-01-15', 60000, 'EUR', 'Consulting', 20000, "
             "'9999-12-31', '2025-01-01T09:00:00Z'), "
             "(2, 'INV-2', 1, '2025-01-10', '2025-01-24', 40000, 'EUR', '', 40000, "
             "'2025-02-15', '2025-01-10T09:00:00Z'), "
             "(3, 'INV-3', 2, '2025-02-01', '2025-03-03', 50000, 'EUR', '', 5000, "
             "'9999-12-31', '2025-02-01T09:00:00Z'), "
             "(4, 'INV-4', 3, '2025-03-01', '2025-03-31', 30000, 'USD', '', 0, "
             "'9999-12-31', '2025-03-01T09:00:00Z'), "
             "(5, 'INV-5', 2, '2025-01-05', '2025-02-04', 20000, 'EUR', '', %1, "
             "'%2', '2025-01-05T09:00:00Z')"_s.arg(plans ? u"20000"_s : u"0"_s,
                                                   plans ? u"2025-02-10"_s : u"9999-12-31"_s));
    if (plans) {
        raw.exec(u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, "
                 "currency, description, created_at, kind, plan_id, installment) VALUES "
                 "(6, 'PLAN-1/1', 2, '2025-02-10', '2025-03-10', 10000, 'EUR', "
                 "'Installment 1', '2025-02-10T09:00:00Z', 'S', 1, 1), "
                 "(7, 'PLAN-1/2', 2, '2025-02-10', '2025-04-10', 10000, 'EUR', "
                 "'Installment 2', '2025-02-10T09:00:00Z', 'S', 1, 2)"_s);
        raw.exec(u"INSERT INTO plan_invoices(plan_id, invoice_id, amount) VALUES (1, 5, 20000)"_s);
    }
    if (version >= chargesVersion) {
        raw.exec(u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, "
                 "currency, description, created_at, charge) VALUES (8, 'REM-2025-05-01-C1', 1, "
                 "'2025-05-01', '2025-05-15', 1500, 'EUR', 'Reminder charges', "
                 "'2025-05-01T09:00:00Z', 1)"_s);
    }
    raw.exec(u"INSERT INTO credits(id, kind, code, customer_id, date, amount, currency, method, "
             "reference, reason, unapplied, created_at) VALUES "
             "(1, 'P', 'P1', 1, '2025-02-15', 55000, 'EUR', 'transfer', 'REF-778', '', 5000, "
             "'2025-02-15T09:00:00Z'), "
             "(2, 'C', 'CN1', 2, '2025-03-15', 3000, 'EUR', '', '', 'damaged goods', 3000, "
             "'2025-03-15T09:00:00Z'), "
             "(3, 'P', 'P0', 1, '2025-01-03', 10000, 'EUR', '', 'advance', '', 0, "
             "'2025-01-03T09:00:00Z')"_s);
    raw.exec(u"INSERT INTO write_offs(id, invoice_id, date, amount, reason, created_at) "
             "VALUES (1, 3, '2025-03-10', 5000, 'goodwill', '2025-03-10T09:00:00Z')"_s);

    // The effective date, due date and currency are what 0002 derives for the allocations of
    // an older ledger: the later of the allocation's and the invoice's dates, and the
    // invoice's due date and currency.
    struct Allocation {
        const char* id;
        const char* invoice;
        const char* credit;
        const char* writeOff;
        const char* plan;
        const char* date;
        const char* amount;
        const char* effective;
        const char* due;
    };
    QList<Allocation> allocations = {
        {"1", "2", "1", "NULL", "NULL", "'2025-02-15'", "30000", "'2025-02-15'", "'2025-01-24'"},
        {"2", "1", "1", "NULL", "NULL", "'2025-02-15'", "20000", "'2025-02-15'", "'2025-01-15'"},
        {"3", "3", "NULL", "1", "NULL", "'2025-03-10'", "5000", "'2025-03-10'", "'2025-03-03'"},
        // An advance paid before the invoice was issued reduces AR from the issue date on.
        {"5", "2", "3", "NULL", "NULL", "'2025-01-03'", "10000", "'2025-01-10'", "'2025-01-24'"}};
    if (plans)
        allocations.append({"4", "5", "NULL", "NULL", "1", "'2025-02-10'", "20000", "'2025-02-10'",
                            "'2025-02-04'"});
    const bool planColumn = raw.hasColumn(u"allocations"_s, u"plan_id"_s);
    const bool derivedColumns = raw.hasColumn(u"allocations"_s, u"effective_date"_s);
    for (const Allocation& allocation : allocations) {
        QStringList columns{u"id"_s,           u"invoice_id"_s,  u"credit_id"_s,
                            u"write_off_id"_s, u"source_date"_s, u"amount"_s};
        QStringList values;
        for (const char* text : {allocation.id, allocation.invoice, allocation.credit,
                                 allocation.writeOff, allocation.date, allocation.amount})
            values.append(QString::fromLatin1(text));
        if (planColumn) {
            columns.append(u"plan_id"_s);
            values.append(QString::fromLatin1(allocation.plan));
        }
        if (derivedColumns) {
            columns += QStringList{u"effective_date"_s, u"item_due_date"_s, u"currency"_s};
            values += QStringList{QString::fromLatin1(allocation.effective),
                                  QString::fromLatin1(allocation.due), u"'EUR'"_s};
        }
        raw.exec(u"INSERT INTO allocations(%1) VALUES (%2)"_s.arg(columns.join(u", "_s),
                                                                  values.join(u", "_s)));
    }

    if (version >= activitiesVersion) {
        raw.exec(u"INSERT INTO activities(id, customer_id, invoice_id, kind, date, text, "
                 "promised_amount, promised_date, currency, resolved_date, created_at) VALUES "
                 "(1, 1, 1, 'promise', '2025-06-01', 'Will pay by mid-July', 10000, "
                 "'2025-07-15', 'EUR', NULL, '2025-06-01T09:00:00Z'), "
                 "(2, 2, 3, 'dispute', '2025-04-01', 'Damaged goods', NULL, NULL, NULL, NULL, "
                 "'2025-04-01T09:00:00Z'), "
                 "(3, 3, NULL, 'note', '2025-04-02', 'Called, left a message', NULL, NULL, NULL, "
                 "NULL, '2025-04-02T09:00:00Z')"_s);
    }
    if (version >= dunningVersion) {
        raw.exec(u"INSERT INTO reminder_log(id, invoice_id, customer_id, level, date, channel, "
                 "created_at) VALUES (1, 1, 1, 1, '2025-02-05', 'letter', "
                 "'2025-02-05T09:00:00Z')"_s);
        raw.exec(u"UPDATE dunning_levels SET fee = 500 WHERE level = 2"_s);
    }
    if (version >= agencyVersion) {
        raw.exec(u"INSERT INTO reminder_log(id, invoice_id, customer_id, level, date, channel, "
                 "created_at) VALUES (2, 4, 3, 0, '2025-03-26', 'email', "
                 "'2025-03-26T09:00:00Z')"_s);
        raw.exec(u"UPDATE dunning_levels SET enabled = 1, days_overdue = -5 WHERE level = 0"_s);
        raw.exec(u"INSERT INTO agency_handovers(id, customer_id, date, agency, note, "
                 "recalled_date, recall_note, created_at) VALUES (1, 3, '2025-06-01', "
                 "'Inkasso Nord', 'three reminders ignored', NULL, '', "
                 "'2025-06-01T09:00:00Z')"_s);
    }
    if (version >= discountsVersion) {
        raw.exec(u"UPDATE customers SET discount_bp = 150, discount_days = 14 WHERE id = 1"_s);
        raw.exec(u"UPDATE invoices SET discount_bp = 200, discount_until = '2025-01-11' "
                 "WHERE id = 1"_s);
    }
    if (version >= templatesVersion) {
        raw.exec(u"INSERT INTO letter_templates(name, language, body, updated_at) VALUES "
                 "('reminder-1', 'de', '<p>Hallo {{customer.name}}</p>', "
                 "'2025-05-01T00:00:00Z')"_s);
    }
    // What the program stores with each invoice and installment from schema 12 on
    // (InvoiceRepository, PlanRepository): a ledger upgraded from before gets them from the
    // migration, which must compute the same references.
    if (raw.hasColumn(u"invoices"_s, u"payment_reference"_s)) {
        for (const QString& number : raw.rows(u"SELECT number FROM invoices"_s)) {
            raw.exec(u"UPDATE invoices SET payment_reference = '%1' WHERE number = '%2'"_s.arg(
                CreditorReference::forDocument(number).value_or(QString()), number));
        }
    }
    if (version >= recurringVersion) {
        // A monthly schedule whose first date created INV-1, paused from June.
        raw.exec(u"INSERT INTO recurring_schedules(id, customer_id, amount, currency, "
                 "description, frequency, start_date, day, prefix, status, paused_from, "
                 "created_at) VALUES (1, 1, 60000, 'EUR', 'Consulting', 'monthly', "
                 "'2025-01-01', 1, 'INV-', 'paused', '2025-06-01', '2025-01-01T08:00:00Z')"_s);
        raw.exec(u"INSERT INTO recurring_occurrences(schedule_id, occurrence_date, invoice_id, "
                 "created_at) VALUES (1, '2025-01-01', 1, '2025-01-01T09:00:00Z')"_s);
    }
}

// The aging summary and detail as text, for comparing two ledgers' reports.
QString agingText(Database& database)
{
    AgingService aging(database);
    const AgingOptions options = agingOptions("2025-06-30");
    const auto summary = aging.summary(options);
    if (!summary)
        FAIL("aging summary: " << summary.error().detail.toStdString());
    const auto detail = aging.detail(options);
    if (!detail)
        FAIL("aging detail: " << detail.error().detail.toStdString());
    QString text;
    for (const auto* rows : {&summary->customers, &summary->totals}) {
        for (const AgingSummaryRow& row : *rows) {
            QStringList buckets;
            for (qint64 amount : row.bucketsMinor)
                buckets.append(QString::number(amount));
            text += u"%1 %2 %3 [%4] %5 %6\n"_s
                        .arg(row.customerCode, row.customerName, row.currency.code(),
                             buckets.join(u' '))
                        .arg(row.unappliedMinor)
                        .arg(row.totalMinor);
        }
    }
    for (const AgingDetailRow& row : detail->rows) {
        text += u"%1 %2 %3 %4 %5 %6\n"_s
                    .arg(row.customerCode, row.document, row.dueDate.toString(Qt::ISODate))
                    .arg(row.ageDays.value_or(-1))
                    .arg(row.bucket)
                    .arg(row.openMinor);
    }
    return text;
}

std::optional<AgingSummaryRow> totalIn(const AgingSummary& summary, QStringView code)
{
    for (const AgingSummaryRow& row : summary.totals) {
        if (row.currency.code() == code)
            return row;
    }
    return std::nullopt;
}

template <typename T>
T must(Result<T> result, const char* what)
{
    if (!result)
        FAIL(what << ": " << result.error().detail.toStdString());
    return std::move(*result);
}

// Everything the repositories and reports read from the fixture of `version`, with the values
// putRows() wrote.
void checkReads(Database& database, int version)
{
    const bool plans = version >= plansVersion;
    const bool charges = version >= chargesVersion;

    LedgerInfoRepository info(database);
    CHECK(must(info.companyName(), "company") == u"Upgrade Ltd"_s);
    CHECK(must(info.currency(), "currency").code() == u"EUR"_s);

    CustomerRepository customers(database);
    CHECK(must(customers.count({}), "customer count") == 3);
    const auto alpha = must(customers.findByCode(u"C1"_s), "customer C1");
    REQUIRE(alpha.has_value());
    CHECK(alpha->id.value == 1);
    CHECK(alpha->name == u"Alpha GmbH"_s);
    CHECK(alpha->email == u"ap@alpha.example"_s);
    CHECK(alpha->phone == u"+49 30 1234"_s);
    CHECK(alpha->address == u"Hauptstr. 1, 10115 Berlin"_s);
    CHECK(alpha->termsDays == 14);
    CHECK(alpha->creditLimitMinor == std::optional<qint64>(100000));
    CHECK(alpha->currency.code() == u"EUR"_s);
    CHECK(alpha->language == u"de"_s);
    CHECK_FALSE(alpha->onHold);
    // An older ledger's customers offer no early-payment discount.
    CHECK(alpha->discountBasisPoints == (version >= discountsVersion ? 150 : 0));
    CHECK(alpha->discountDays == (version >= discountsVersion ? 14 : 0));
    const auto baker = must(customers.findById(CustomerId{2}), "customer 2");
    REQUIRE(baker.has_value());
    CHECK(baker->name == u"Bäckerei Süd"_s);
    CHECK_FALSE(baker->creditLimitMinor.has_value());
    // A ledger from before folded names finds its customers without case or accents.
    if (version < foldedNamesVersion) {
        const auto found = must(customers.page({.search = u"BACKEREI sud"_s}, 0, 10), "search");
        REQUIRE(found.size() == 1);
        CHECK(found[0].customer.code == u"C2"_s);
    }
    const auto list =
        must(customers.page(
                 {.sortKey = CustomerQuery::SortKey::Code, .asOf = test::day("2025-06-30")}, 0, 10),
             "customer list");
    REQUIRE(list.size() == 3);
    CHECK(list[0].balanceMinor == 40000 + (charges ? 1500 : 0) - 5000);
    CHECK(list[1].balanceMinor == 65000 - 3000);
    CHECK(list[2].balanceMinor == 30000);
    CHECK(list[2].oldestDue == test::day("2025-03-31"));

    InvoiceRepository invoices(database);
    const auto first = must(invoices.findByNumber(u"INV-1"_s), "INV-1");
    REQUIRE(first.has_value());
    CHECK(first->amountMinor == 60000);
    CHECK(first->allocatedMinor == 20000);
    CHECK(first->customerId.value == 1);
    CHECK(first->issueDate == test::day("2025-01-01"));
    CHECK(must(invoices.lastNumber(), "last number") == u"INV-5"_s);
    CHECK_FALSE(must(invoices.findByNumber(u"PLAN-1/1"_s), "installment").has_value());

    const auto invoiceList =
        must(InvoiceListRepository(database).page({.asOf = test::day("2025-06-30")}, 0, 20),
             "invoice list");
    QStringList numbers;
    for (const InvoiceListRow& row : invoiceList) {
        numbers.append(row.number);
        CHECK(row.onPlan == (plans && row.number == u"INV-5"_s));
        CHECK(row.disputed == (version >= activitiesVersion && row.number == u"INV-3"_s));
    }
    QStringList expectedNumbers{u"INV-1"_s, u"INV-2"_s, u"INV-3"_s, u"INV-4"_s, u"INV-5"_s};
    if (charges)
        expectedNumbers.append(u"REM-2025-05-01-C1"_s);
    CHECK(numbers == expectedNumbers);
    // Found by its creditor reference, typed in groups of four as a letter prints it.
    const auto byReference =
        must(InvoiceListRepository(database).page(
                 {.search = PaymentDetails::grouped(*CreditorReference::forDocument(u"INV-3"_s)),
                  .asOf = test::day("2025-06-30")},
                 0, 20),
             "invoice list by reference");
    REQUIRE(byReference.size() == 1);
    CHECK(byReference[0].number == u"INV-3"_s);

    CreditListRepository credits(database);
    const auto payments = must(credits.page({}, 0, 10), "payments");
    REQUIRE(payments.size() == 2); // the latest first
    CHECK(payments[0].code == u"P1"_s);
    CHECK(payments[0].customerCode == u"C1"_s);
    CHECK(payments[0].customerName == u"Alpha GmbH"_s);
    CHECK(payments[0].unappliedMinor == 5000);
    CHECK(payments[0].method == u"transfer"_s);
    CHECK(payments[0].reference == u"REF-778"_s);
    const auto notes =
        must(credits.page({.kind = Credit::Kind::CreditNote}, 0, 10), "credit notes");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].reason == u"damaged goods"_s);

    CustomerAccountRepository accounts(database);
    const auto account = must(accounts.summary(CustomerId{1}, test::day("2025-06-30")), "C1");
    CHECK(account.openMinor == 40000 + (charges ? 1500 : 0));
    CHECK(account.overdueMinor == account.openMinor);
    CHECK(account.unappliedMinor == 5000);
    CHECK(account.openItems == (charges ? 2 : 1));
    CHECK(must(accounts.summary(CustomerId{2}, test::day("2025-06-30")), "C2").openDisputes ==
          (version >= activitiesVersion ? 1 : 0));
    CHECK(must(accounts.credits(CustomerId{1}, 10), "C1 credits").size() == 2);

    // INV-1 offers 2 % of 600.00 until 2025-01-11; an older ledger's invoices offer nothing.
    const auto offer = must(AllocationRepository(database).openInvoice(InvoiceId{1}), "INV-1");
    CHECK(offer.openMinor == 40000);
    CHECK(offer.discount ==
          (version >= discountsVersion
               ? DiscountOffer{.discountMinor = 1200, .until = test::day("2025-01-11")}
               : DiscountOffer{}));
    // The write-offs of an older ledger stay write-offs: no discount in C2's history.
    for (const AccountCredit& credit : must(accounts.credits(CustomerId{2}, 10), "C2 credits"))
        CHECK_FALSE(credit.discount);

    QStringList open;
    for (const AllocationItem& item :
         must(AllocationRepository(database).openItems(CustomerId{2}), "open items"))
        open.append(item.number + u' ' + QString::number(item.openMinor));
    CHECK(open == (plans ? QStringList{u"INV-3 45000"_s, u"PLAN-1/1 10000"_s, u"PLAN-1/2 10000"_s}
                         : QStringList{u"INV-5 20000"_s, u"INV-3 45000"_s}));

    PlanRepository planRepository(database);
    const auto allPlans = must(planRepository.all(), "plans");
    REQUIRE(allPlans.size() == (plans ? 1 : 0));
    if (plans) {
        const Plan& plan = allPlans[0];
        CHECK(plan.customerCode == u"C2"_s);
        CHECK(plan.customerName == u"Bäckerei Süd"_s);
        CHECK(plan.coveredMinor == 20000);
        CHECK(plan.installments == 2);
        CHECK(plan.frequency == PlanFrequency::Monthly);
        CHECK(plan.state == Plan::State::Active);
        CHECK(plan.firstDue == test::day("2025-03-10"));
        const auto items = must(planRepository.items(plan.id, test::day("2025-06-30")), "items");
        REQUIRE(items.size() == 2);
        CHECK(items[1].dueDate == test::day("2025-04-10"));
        CHECK(items[1].openMinor == 10000);
        const auto covered = must(planRepository.coveredInvoices(plan.id), "covered");
        REQUIRE(covered.size() == 1);
        CHECK(covered[0].number == u"INV-5"_s);
        CHECK(covered[0].coveredMinor == 20000);
        CHECK(must(planRepository.activePlanOf(InvoiceId{5}), "plan of INV-5") == plan.id);
    }

    ActivityRepository activities(database);
    const auto log = must(activities.listByCustomer(CustomerId{1}, 10), "activities");
    REQUIRE(log.size() == (version >= activitiesVersion ? 1 : 0));
    if (!log.isEmpty()) {
        CHECK(log[0].kind == ActivityKind::Promise);
        CHECK(log[0].invoiceNumber == u"INV-1"_s);
        CHECK(log[0].promisedAmount == Money(10000, test::currency(u"EUR")));
        CHECK(log[0].promisedDate == test::day("2025-07-15"));
    }
    CHECK(must(activities.openDispute(InvoiceId{3}), "dispute").has_value() ==
          (version >= activitiesVersion));

    // Every ledger gains the courtesy level 0, switched off unless the ledger had switched it on.
    const auto levels = must(DunningLevelRepository(database).list(), "dunning levels");
    REQUIRE(levels.size() == 5);
    CHECK(levels[0].level == 0);
    CHECK(levels[0].name == u"Upcoming payment"_s);
    CHECK(levels[0].templateName == u"reminder-0"_s);
    CHECK(levels[0].enabled == (version >= agencyVersion));
    CHECK(levels[0].daysOverdue == (version >= agencyVersion ? -5 : -3));
    CHECK(levels[1].enabled);
    CHECK(levels[2].feeMinor == (version >= dunningVersion ? 500 : 0));
    const auto handedOver =
        must(AgencyRepository(database).handovers(test::day("2025-06-30")), "hand-overs");
    REQUIRE(handedOver.size() == (version >= agencyVersion ? 1 : 0));
    if (!handedOver.isEmpty()) {
        CHECK(handedOver[0].customerCode == u"C3"_s);
        CHECK(handedOver[0].agency == u"Inkasso Nord"_s);
        CHECK(handedOver[0].date == test::day("2025-06-01"));
        CHECK(handedOver[0].note == u"three reminders ignored"_s);
        CHECK(!handedOver[0].recalledDate.isValid());
    }
    const auto reminded = must(
        ReminderLogRepository(database).lastReminderDates(test::day("2025-06-30")), "reminder log");
    CHECK(reminded.size() == (version >= agencyVersion ? 2 : version >= dunningVersion ? 1 : 0));
    CHECK(reminded.value(CustomerId{1}) ==
          (version >= dunningVersion ? test::day("2025-02-05") : QDate()));
    CHECK(must(LetterTemplateRepository(database).all(), "templates").size() ==
          (version >= templatesVersion ? 1 : 0));
    RecurringRepository recurring(database);
    const auto schedules = must(recurring.all(), "recurring schedules");
    const auto occurrences = must(recurring.allOccurrences(), "recurring dates");
    if (version >= recurringVersion) {
        REQUIRE(schedules.size() == 1);
        CHECK(schedules[0].customerCode == u"C1"_s);
        CHECK(schedules[0].amount.minor() == 60000);
        CHECK(schedules[0].state == RecurringSchedule::State::Paused);
        CHECK(schedules[0].pausedFrom == test::day("2025-06-01"));
        REQUIRE(occurrences.size() == 1);
        CHECK(occurrences[0].invoice == InvoiceId{1});
    } else {
        // An older ledger gains the tables, empty.
        CHECK(schedules.isEmpty());
        CHECK(occurrences.isEmpty());
    }

    // Reports: the aging totals per currency, the KPI activity and the dunning scan.
    const auto summary =
        must(AgingService(database).summary(agingOptions("2025-06-30")), "aging summary");
    CHECK(summary.customers.size() == 3);
    const auto euro = totalIn(summary, u"EUR");
    REQUIRE(euro.has_value());
    CHECK(euro->unappliedMinor == -8000);
    CHECK(euro->totalMinor == 105000 + (charges ? 1500 : 0) - 8000);
    const auto dollar = totalIn(summary, u"USD");
    REQUIRE(dollar.has_value());
    CHECK(dollar->totalMinor == 30000);

    const auto kpi =
        must(KpiRepository(database).activity(test::currency(u"EUR"), test::day("2025-06-30")),
             "KPI activity");
    CHECK(kpi.leftOutCurrencies == QStringList{u"USD"_s});
    qint64 invoiced = 0;
    qint64 credited = 0;
    for (const DailySales& day : kpi.sales) {
        invoiced += day.invoicedMinor;
        credited += day.creditedMinor;
    }
    CHECK(invoiced == 170000);
    CHECK(credited == 3000);
    qint64 receivable = 0;
    for (const ArChange& change : kpi.arChanges)
        receivable += change.amountMinor;
    CHECK(receivable == 105000 + (charges ? 1500 : 0));
    // The advance of 2025-01-03 reduces AR only from INV-2's issue date on.
    bool advance = false;
    for (const ArChange& change : kpi.arChanges) {
        CHECK(change.from != test::day("2025-01-03"));
        advance =
            advance || (change.from == test::day("2025-01-10") &&
                        change.due == test::day("2025-01-24") && change.amountMinor == -10000);
    }
    CHECK(advance);

    QStringList overdue;
    int lastLevelOfFirst = -2;
    int lastLevelOfFourth = -2;
    const auto scanned = DunningRepository(database).scanOverdueItems(
        test::day("2025-06-30"), test::day("2025-06-30"),
        [&](const DunningCustomer& customer) { overdue.append(customer.code + u':'); },
        [&](const OverdueItem& item) {
            overdue.append(item.document);
            if (item.document == u"INV-1"_s)
                lastLevelOfFirst = item.lastLevel;
            if (item.document == u"INV-4"_s)
                lastLevelOfFourth = item.lastLevel;
        });
    REQUIRE(scanned.has_value());
    QStringList expectedOverdue{u"C1:"_s, u"INV-1"_s};
    if (charges)
        expectedOverdue.append(u"REM-2025-05-01-C1"_s);
    expectedOverdue.append(u"C2:"_s);
    expectedOverdue += plans ? QStringList{u"INV-3"_s, u"PLAN-1/1"_s, u"PLAN-1/2"_s}
                             : QStringList{u"INV-5"_s, u"INV-3"_s};
    // C3 is with the agency from schema 11 on: the scan leaves it out.
    if (version < agencyVersion)
        expectedOverdue += QStringList{u"C3:"_s, u"INV-4"_s};
    CHECK(overdue == expectedOverdue);
    CHECK(lastLevelOfFirst == (version >= dunningVersion ? 1 : DunningLevel::noLevel));
    if (version < agencyVersion)
        CHECK(lastLevelOfFourth == DunningLevel::noLevel);
}

} // namespace

TEST_CASE("A ledger of every earlier schema version opens upgraded with all its rows",
          "[storage][upgrade]")
{
    const int latest = Migrator::latestVersion();
    REQUIRE(latest >= chargesVersion);
    REQUIRE(latest == Database::latestSchemaVersion());
    const int version = GENERATE(from_range(schemaVersions().cbegin(), schemaVersions().cend()));
    INFO("a ledger written at schema " << version << " of " << latest);

    TestLedger files;
    const QString reference = files.dir() + u"/reference.ardesk"_s;
    buildLedgerAt(files.path(), version);
    // Rows put in by hand leave an audit trail stamped with SQLite's clock (no user): a ledger
    // from before the trail has none, and the two are compared without it
    // (TestAuditTrailUpgrade checks the trail an upgrade starts with).
    {
        RawLedger raw(files.path());
        putRows(raw, version);
        if (version >= auditVersion)
            raw.exec(u"DELETE FROM audit_trail"_s);
        CHECK(raw.rows(u"PRAGMA foreign_key_check"_s).isEmpty());
    }
    // A ledger created new today, given the same rows.
    createLedger(reference).reset();
    {
        RawLedger raw(reference);
        putRows(raw, version);
        raw.exec(u"DELETE FROM audit_trail"_s);
        // The upgrade folds the names of the customers it finds, as ARDesk writes them since.
        if (version < foldedNamesVersion) {
            const QStringList customers = raw.rows(u"SELECT id, name FROM customers"_s);
            for (const QString& row : customers) {
                const QStringList fields = row.split(u'|');
                raw.exec(u"UPDATE customers SET folded_name = '%1' WHERE id = %2"_s.arg(
                    FoldedText::fold(fields.at(1)), fields.at(0)));
            }
        }
    }

    auto opened = Database::open(files.path());
    if (!opened)
        FAIL("opening the schema-" << version
                                   << " ledger: " << opened.error().detail.toStdString());
    Database& database = **opened;
    CHECK(database.schemaVersion() == latest);
    {
        RawLedger raw(files.path());
        CHECK(raw.value(u"PRAGMA user_version"_s).toInt() == latest);
        CHECK(raw.value(u"PRAGMA application_id"_s).toLongLong() == ledgerApplicationId);
        CHECK(raw.value(u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
        CHECK(raw.rows(u"PRAGMA foreign_key_check"_s).isEmpty());
        RawLedger fresh(reference);
        CHECK(raw.schema() == fresh.schema());
        CHECK(raw.contents() == fresh.contents());
    }

    checkReads(database, version);
    auto referenceLedger = Database::open(reference);
    REQUIRE(referenceLedger.has_value());
    CHECK(agingText(database) == agingText(**referenceLedger));

    // Opening it again changes nothing.
    const QStringList upgraded = RawLedger(files.path()).contents();
    opened->reset();
    auto again = Database::open(files.path());
    REQUIRE(again.has_value());
    CHECK((*again)->schemaVersion() == latest);
    CHECK(RawLedger(files.path()).contents() == upgraded);
}

TEST_CASE("A ledger from a newer ARDesk is refused and left byte for byte", "[storage][upgrade]")
{
    const int latest = Migrator::latestVersion();
    const int newer = GENERATE_COPY(latest + 1, latest + 50);
    TestLedger files;
    // As ARDesk writes ledgers: in WAL mode, whose side files must not stay behind either.
    createLedger(files.path()).reset();
    {
        RawLedger raw(files.path());
        putRows(raw, latest);
        raw.exec(u"PRAGMA user_version = %1"_s.arg(newer));
    }
    const QByteArray before = fileBytes(files.path());
    REQUIRE_FALSE(before.isEmpty());
    const QStringList filesBefore = QDir(files.dir()).entryList(QDir::Files);

    const auto opened = Database::open(files.path());
    REQUIRE_FALSE(opened.has_value());
    INFO(opened.error().detail.toStdString());
    CHECK(opened.error().code == ErrorCode::LedgerTooNew);
    CHECK(opened.error().detail.contains(files.path()));
    CHECK(opened.error().detail.contains(u"schema %1"_s.arg(newer)));

    CHECK(fileBytes(files.path()) == before);
    CHECK(QDir(files.dir()).entryList(QDir::Files) == filesBefore);
    RawLedger raw(files.path());
    CHECK(raw.value(u"PRAGMA user_version"_s).toInt() == newer);
}

TEST_CASE("An upgrade step that fails leaves the ledger at the last complete version",
          "[storage][upgrade]")
{
    TestLedger files;
    buildLedgerAt(files.path(), 1);
    QStringList before;
    {
        RawLedger raw(files.path());
        putRows(raw, 1);
        // Something in the way of migration 0002, which creates this table.
        raw.exec(u"CREATE TABLE plans (note TEXT)"_s);
        before = raw.contents();
    }

    {
        const auto opened = Database::open(files.path());
        REQUIRE_FALSE(opened.has_value());
        INFO(opened.error().detail.toStdString());
        CHECK(opened.error().code == ErrorCode::Storage);
        CHECK(opened.error().detail.contains(u"schema upgrade to version 2"_s));
    }
    {
        RawLedger raw(files.path());
        CHECK(raw.value(u"PRAGMA user_version"_s).toInt() == 1);
        // Nothing of 0002 stayed: no new table, no new column.
        CHECK_FALSE(raw.hasTable(u"plan_invoices"_s));
        CHECK_FALSE(raw.hasColumn(u"invoices"_s, u"kind"_s));
        CHECK(raw.contents() == before);
        raw.exec(u"DROP TABLE plans"_s);
    }
    auto opened = Database::open(files.path());
    REQUIRE(opened.has_value());
    CHECK((*opened)->schemaVersion() == Migrator::latestVersion());
    checkReads(**opened, 1);
}
