// The backtest (docs/contract.md, part 2, "Foresight"): figures on a ledger whose answers are
// known by hand, nothing after the split reaching the model, and the model ahead of both
// baselines on a generated ledger of distinct payment habits.

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QMap>

#include "GeneratedLedger.h"
#include "exports/ForesightCsvExporter.h"
#include "foresight/Backtest.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::GeneratedLedger;
using ardesk::test::ServiceLedger;

namespace {

// metric/model → value, e.g. "mae_days/ardesk".
QMap<QString, double> figures(const BacktestReport& report)
{
    QMap<QString, double> values;
    for (const BacktestFigure& figure : report.figures) {
        REQUIRE(figure.value.has_value());
        values.insert(figure.metric + u'/' + figure.model, *figure.value);
    }
    return values;
}

} // namespace

TEST_CASE("Backtest figures of a customer who always pays 10 days late", "[foresight][backtest]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,terms_days\nA,Always Ten,30\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "A1,A,2025-01-01,2025-01-31,100.00\n"
                                      "A2,A,2025-02-01,2025-03-03,100.00\n"
                                      "A3,A,2025-03-01,2025-03-31,100.00\n"
                                      "A4,A,2025-04-01,2025-05-01,100.00\n"
                                      "A5,A,2025-05-01,2025-05-31,100.00\n"
                                      "A6,A,2025-07-01,2025-07-31,100.00\n"
                                      "A7,A,2025-08-01,2025-08-31,300.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,A,2025-02-10,100.00,A1\n"
                                      "P2,A,2025-03-13,100.00,A2\n"
                                      "P3,A,2025-04-10,100.00,A3\n"
                                      "P4,A,2025-05-11,100.00,A4\n"
                                      "P5,A,2025-06-10,100.00,A5\n"
                                      "P6,A,2025-08-10,100.00,A6\n"
                                      "P7,A,2025-09-10,300.00,A7\n");
    const auto report = Backtest(ledger.database()).run(day("2025-06-30"), day("2025-09-30"));
    REQUIRE(report.has_value());
    CHECK(report->items == 2);
    CHECK(report->settled == 2);
    const auto values = figures(*report);
    // The model and the median (40 days from issue = due + 10) hit both days exactly; paying
    // on the due date misses each by 10 days and calls both on time.
    CHECK(values[u"mae_days/ardesk"_s] == Approx(0));
    CHECK(values[u"mae_days/customer_median"_s] == Approx(0));
    CHECK(values[u"mae_days/due_date"_s] == Approx(10));
    CHECK(values[u"late_accuracy/ardesk"_s] == Approx(1));
    CHECK(values[u"late_accuracy/customer_median"_s] == Approx(1));
    CHECK(values[u"late_accuracy/due_date"_s] == Approx(0));
    CHECK(values[u"brier/ardesk"_s] == Approx(0).margin(1e-9));
    CHECK(values[u"brier/customer_median"_s] == Approx(0));
    CHECK(values[u"brier/due_date"_s] == Approx(1));
    // Receipts: 100.00 in August, 300.00 in September. Paid on the due date they would have
    // come in July (no receipts that month: not measured) and August: August |300 − 100| / 100
    // = 2, September |0 − 300| / 300 = 1, mean 1.5.
    CHECK(values[u"monthly_cash_error/ardesk"_s] == Approx(0));
    CHECK(values[u"monthly_cash_error/customer_median"_s] == Approx(0));
    CHECK(values[u"monthly_cash_error/due_date"_s] == Approx(1.5));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ForesightCsvExporter::writeBacktest(*report, &buffer));
    CHECK(buffer.data().toStdString() == "metric,model,value\n"
                                         "mae_days,ardesk,0.00\n"
                                         "mae_days,due_date,10.00\n"
                                         "mae_days,customer_median,0.00\n"
                                         "late_accuracy,ardesk,1.000\n"
                                         "late_accuracy,due_date,0.000\n"
                                         "late_accuracy,customer_median,1.000\n"
                                         "brier,ardesk,0.000\n"
                                         "brier,due_date,1.000\n"
                                         "brier,customer_median,0.000\n"
                                         "monthly_cash_error,ardesk,0.000\n"
                                         "monthly_cash_error,due_date,1.500\n"
                                         "monthly_cash_error,customer_median,0.000\n");
}

namespace {

// Fifty customers with the habits bookkeepers know, invoicing over two years.
GeneratedLedger mixedHabits()
{
    using G = GeneratedLedger;
    GeneratedLedger generated(11);
    const QDate first = day("2024-01-03");
    for (int i = 0; i < 50; ++i) {
        const QString code = u"C"_s + QString::number(i).rightJustified(2, u'0');
        const int terms = i % 3 == 0 ? 14 : 30;
        const QDate start = first.addDays(i);
        switch (i % 5) {
        case 0: // always on time
            generated.addCustomer(code, terms, start, 45, 16, [](std::mt19937& r, int, int) {
                return G::uniform(r, 0, 99) < 90 ? G::uniform(r, -3, 0) : G::uniform(r, 1, 6);
            });
            break;
        case 1: // about 20 days late
            generated.addCustomer(code, terms, start, 45, 16,
                                  [](std::mt19937& r, int, int) { return G::uniform(r, 15, 25); });
            break;
        case 2: // drifting later
            generated.addCustomer(code, terms, start, 45, 16, [](std::mt19937& r, int n, int c) {
                return n * 45 / c + G::uniform(r, -3, 3);
            });
            break;
        case 3: // erratic
            generated.addCustomer(code, terms, start, 45, 16, [](std::mt19937& r, int, int) {
                return G::uniform(r, 0, 99) < 50 ? G::uniform(r, -5, 0) : G::uniform(r, 5, 60);
            });
            break;
        default: // new: a few recent invoices, late about two times in three
            generated.addCustomer(
                code, terms, day("2025-05-01").addDays(i), 6, 20, [](std::mt19937& r, int, int) {
                    return G::uniform(r, 0, 99) < 65 ? G::uniform(r, 2, 30) : G::uniform(r, -4, 0);
                });
            break;
        }
    }
    return generated;
}

} // namespace

TEST_CASE("The model beats both baselines on mae_days and brier", "[foresight][backtest]")
{
    ServiceLedger ledger;
    mixedHabits().load(ledger, day("2025-12-31"));
    const auto report = Backtest(ledger.database()).run(day("2025-06-30"), day("2025-12-31"));
    REQUIRE(report.has_value());
    REQUIRE(report->settled > 300);
    const auto values = figures(*report);
    INFO("mae " << values[u"mae_days/ardesk"_s] << " vs " << values[u"mae_days/due_date"_s]
                << " and " << values[u"mae_days/customer_median"_s]);
    INFO("brier " << values[u"brier/ardesk"_s] << " vs " << values[u"brier/due_date"_s] << " and "
                  << values[u"brier/customer_median"_s]);
    CHECK(values[u"mae_days/ardesk"_s] < values[u"mae_days/due_date"_s]);
    CHECK(values[u"mae_days/ardesk"_s] < values[u"mae_days/customer_median"_s]);
    CHECK(values[u"brier/ardesk"_s] < values[u"brier/due_date"_s]);
    CHECK(values[u"brier/ardesk"_s] < values[u"brier/customer_median"_s]);
    CHECK(values[u"late_accuracy/ardesk"_s] > 0.75);
}

TEST_CASE("Payments after the split change no backtest prediction", "[foresight][leakage]")
{
    const GeneratedLedger generated = mixedHabits();
    const QDate split = day("2025-06-30");
    // Known up to the split, invoices to the end of the year, none of their payments.
    ServiceLedger unpaid;
    generated.load(unpaid, day("2025-12-31"), split);
    ServiceLedger paid;
    generated.load(paid, day("2025-12-31"));

    const auto before = Backtest(unpaid.database()).run(split, day("2025-12-31"), true);
    const auto after = Backtest(paid.database()).run(split, day("2025-12-31"), true);
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    REQUIRE(before->predictions.size() > 300);
    REQUIRE(before->predictions.size() == after->predictions.size());
    for (qsizetype i = 0; i < before->predictions.size(); ++i) {
        const BacktestPrediction& a = before->predictions.at(i);
        const BacktestPrediction& b = after->predictions.at(i);
        INFO("invoice " << a.invoiceId);
        CHECK(a.invoiceId == b.invoiceId);
        CHECK(a.payDate == b.payDate);
        CHECK(a.pLate == b.pLate);
    }
    // What happened differs, so the figures do.
    CHECK(before->settled == 0);
    CHECK(after->settled > 300);
}
