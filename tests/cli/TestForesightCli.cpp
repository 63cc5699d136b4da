// `ardesk-cli predict|risk|forecast|backtest` through the real binary: the contract's columns,
// the option checks (usage errors 1, an unknown customer 2, a missing ledger 3) and the
// backtest's summary on stderr.

#include <catch2/catch.hpp>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

// Two customers: A paid ten days late five times (recent enough to be weighed with the pool:
// `pooled`), B has never paid; each has one item open on 2025-07-01.
class ForesightLedger {
public:
    ForesightLedger()
    {
        require({u"init"_s, u"--company"_s, u"Foresight Test Ltd"_s});
        importFile(u"customers"_s,
                   "customer_id,name,terms_days\nA,Always Ten,30\nB,\"New, Ltd\",30\n");
        importFile(u"invoices"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                  "A1,A,2025-01-01,2025-01-31,100.00\n"
                                  "A2,A,2025-02-01,2025-03-03,100.00\n"
                                  "A3,A,2025-03-01,2025-03-31,100.00\n"
                                  "A4,A,2025-04-01,2025-05-01,100.00\n"
                                  "A5,A,2025-05-01,2025-05-31,100.00\n"
                                  "A6,A,2025-07-01,2025-07-31,250.00\n"
                                  "B1,B,2025-06-15,2025-07-15,80.00\n");
        importFile(u"payments"_s, "payment_id,customer_id,date,amount,invoice_number\n"
                                  "P1,A,2025-02-10,100.00,A1\n"
                                  "P2,A,2025-03-13,100.00,A2\n"
                                  "P3,A,2025-04-10,100.00,A3\n"
                                  "P4,A,2025-05-11,100.00,A4\n"
                                  "P5,A,2025-06-10,100.00,A5\n");
    }

    CliRun run(const QStringList& arguments) const { return m_dir.run(arguments); }

private:
    void require(const QStringList& arguments) const
    {
        const CliRun result = m_dir.run(arguments);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    void importFile(const QString& kind, const QByteArray& csv) const
    {
        require({u"import"_s, kind, m_dir.write(kind + u".csv"_s, csv)});
    }

    CliLedgerDir m_dir;
};

} // namespace

TEST_CASE("predict writes one row per open item with the contract's columns", "[cli][foresight]")
{
    const ForesightLedger ledger;
    const CliRun result = ledger.run({u"predict"_s, u"--as-of"_s, u"2025-07-01"_s});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.text() ==
          u"customer_id,document,due_date,open_amount,predicted_pay_date,p_late,basis\n"
          "A,A6,2025-07-31,250.00,2025-08-10,1.000,pooled\n"
          "B,B1,2025-07-15,80.00,2025-07-25,1.000,none\n"_s);

    const CliRun one = ledger.run(
        {u"predict"_s, u"--as-of"_s, u"2025-07-01"_s, u"--customer"_s, u"A"_s, u"--reasons"_s});
    REQUIRE(one.exitCode == 0);
    CHECK(one.text() == u"customer_id,document,due_date,open_amount,predicted_pay_date,p_late,"
                        "basis,reasons\n"
                        "A,A6,2025-07-31,250.00,2025-08-10,1.000,pooled,"
                        "only 5 payments known;pays 10 days late on average\n"_s);
}

TEST_CASE("risk, forecast and backtest write their tables", "[cli][foresight]")
{
    const ForesightLedger ledger;
    const CliRun risk = ledger.run({u"risk"_s, u"--as-of"_s, u"2025-07-01"_s});
    INFO(risk.err.toStdString());
    REQUIRE(risk.exitCode == 0);
    const QStringList riskLines = risk.text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(riskLines.size() == 3);
    CHECK(riskLines.at(0) ==
          u"customer_id,customer_name,score,grade,open_amount,expected_days_late,reasons"_s);
    CHECK(riskLines.at(1).startsWith(u"A,Always Ten,"_s));
    CHECK(riskLines.at(1).contains(u",250.00,10,paid late 5 of 5 times;only 5 payments known;"_s));
    CHECK(riskLines.at(2).startsWith(u"B,\"New, Ltd\","_s));
    CHECK(riskLines.at(2).contains(u"no payment history"_s));

    const CliRun forecast =
        ledger.run({u"forecast"_s, u"--as-of"_s, u"2025-07-01"_s, u"--months"_s, u"2"_s});
    REQUIRE(forecast.exitCode == 0);
    CHECK(forecast.text() == u"period_start,period_end,currency,contractual,expected,low,high\n"
                             "2025-07-02,2025-07-31,EUR,330.00,80.00,80.00,80.00\n"
                             "2025-08-01,2025-08-31,EUR,0.00,250.00,250.00,250.00\n"_s);

    const CliRun backtest =
        ledger.run({u"backtest"_s, u"--split"_s, u"2025-06-30"_s, u"--until"_s, u"2025-09-30"_s});
    REQUIRE(backtest.exitCode == 0);
    CHECK(backtest.text().startsWith(u"metric,model,value\nmae_days,ardesk,\n"_s));
    CHECK(backtest.err.contains(u"2 items predicted, 0 paid by 2025-09-30"_s));
}

TEST_CASE("Foresight options are checked before the ledger is opened", "[cli][foresight]")
{
    const ForesightLedger ledger;
    const auto exitCode = [&](const QStringList& arguments) {
        const CliRun result = ledger.run(arguments);
        INFO(result.err.toStdString());
        return result.exitCode;
    };
    CHECK(exitCode({u"predict"_s}) == 1);
    CHECK(exitCode({u"predict"_s, u"--as-of"_s, u"2025-02-30"_s}) == 1);
    CHECK(exitCode({u"predict"_s, u"--as-of"_s, u"2025-07-01"_s, u"--customer"_s, u""_s}) == 1);
    CHECK(exitCode({u"predict"_s, u"--as-of"_s, u"2025-07-01"_s, u"--customer"_s, u"NOPE"_s}) == 2);
    CHECK(exitCode({u"risk"_s}) == 1);
    CHECK(exitCode({u"forecast"_s, u"--as-of"_s, u"2025-07-01"_s}) == 1);
    CHECK(exitCode({u"forecast"_s, u"--as-of"_s, u"2025-07-01"_s, u"--weeks"_s, u"4"_s,
                    u"--months"_s, u"2"_s}) == 1);
    CHECK(exitCode({u"forecast"_s, u"--as-of"_s, u"2025-07-01"_s, u"--weeks"_s, u"0"_s}) == 1);
    CHECK(exitCode({u"forecast"_s, u"--as-of"_s, u"2025-07-01"_s, u"--months"_s, u"121"_s}) == 1);
    CHECK(exitCode({u"backtest"_s, u"--until"_s, u"2025-07-01"_s}) == 1);
    CHECK(exitCode({u"backtest"_s, u"--split"_s, u"2025-07-01"_s, u"--until"_s, u"2025-07-01"_s}) ==
          1);
    CHECK(exitCode({u"--ledger"_s, u"/nonexistent/x.ardesk"_s, u"risk"_s, u"--as-of"_s,
                    u"2025-07-01"_s}) == 3);
}
