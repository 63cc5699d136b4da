// How to pay on the statements `statement` writes: the payment block and each item's creditor
// reference in the text (pdftotext), and the QR code read off the rendered page (pdftoppm +
// zbarimg): a GiroCode for EUR, naming one invoice by its reference or plan installments by
// their numbers, and the payment link for another currency.

#include <catch2/catch.hpp>

#include "CliLedgerDir.h"
#include "letters/PdfQrCode.h"
#include "letters/PdfText.h"

using namespace Qt::StringLiterals;
using namespace ardesk::test;

namespace {

// pdftotext reads the payment block's table a column at a time: all labels, then the values.
void checkRow(const QString& text, const QString& label, const QString& value)
{
    CAPTURE(label.toStdString(), value.toStdString());
    const qsizetype at = text.indexOf(label);
    CHECK(at >= 0);
    CHECK(text.indexOf(value, at + label.size()) > at);
}

void run(const CliLedgerDir& dir, const QStringList& arguments)
{
    const CliRun result = dir.run(arguments);
    INFO(arguments.join(u' ').toStdString() << ": " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

// A ledger in `currency` with A (one invoice) and B (two invoices put on a plan of two
// installments on 2026-03-01).
void fillLedger(const CliLedgerDir& dir, const QString& currency)
{
    run(dir, {u"init"_s, u"--company"_s, u"Dunwire Ltd"_s, u"--currency"_s, currency});
    dir.write(u"customers.csv"_s, "customer_id,name,address\n"
                                  "A,Alpha,\"1 Main St\nLeeds\"\n"
                                  "B,Beta,\"2 High St\nYork\"\n");
    dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                 "INV-2026/0042,A,2026-01-10,2026-02-09,1234.50\n"
                                 "B-1,B,2026-01-15,2026-02-14,60.00\n"
                                 "B-2,B,2026-01-20,2026-02-19,40.00\n");
    run(dir, {u"import"_s, u"customers"_s, dir.path(u"customers.csv"_s)});
    run(dir, {u"import"_s, u"invoices"_s, dir.path(u"invoices.csv"_s)});
    run(dir, {u"plan"_s, u"create"_s, u"--customer"_s, u"B"_s, u"--invoices"_s, u"B-1,B-2"_s,
              u"--installments"_s, u"2"_s, u"--frequency"_s, u"monthly"_s, u"--first-due"_s,
              u"2026-03-31"_s, u"--date"_s, u"2026-03-01"_s});
}

QString statement(const CliLedgerDir& dir, const QString& customer)
{
    const QString pdf = dir.path(customer + u".pdf"_s);
    run(dir, {u"statement"_s, u"--customer"_s, customer, u"--as-of"_s, u"2026-04-15"_s, u"--pdf"_s,
              pdf});
    return pdf;
}

} // namespace

TEST_CASE("A EUR statement prints how to pay and carries a GiroCode", "[cli][payment][qr]")
{
    CliLedgerDir dir;
    fillLedger(dir, u"EUR"_s);
    run(dir, {u"company"_s, u"set"_s, u"--iban"_s, u"DE89 3704 0044 0532 0130 00"_s, u"--bic"_s,
              u"COBADEFF"_s});

    const QString alpha = statement(dir, u"A"_s);
    const QStringList one = pdfQrCode(alpha).split(u'\n');
    REQUIRE(one.size() == 10);
    CHECK(one.mid(0, 4) == QStringList{u"BCD"_s, u"002"_s, u"1"_s, u"SCT"_s});
    CHECK(one[4] == u"COBADEFF"_s);
    CHECK(one[5] == u"Dunwire Ltd"_s); // no account holder set: the company
    CHECK(one[6] == u"DE89370400440532013000"_s);
    CHECK(one[7] == u"EUR1234.50"_s);
    CHECK(one[8].isEmpty());
    CHECK(one[9] == u"RF73INV20260042"_s);
    const QString alphaText = pdfText(alpha).simplified();
    checkRow(alphaText, u"IBAN"_s, u"DE89 3704 0044 0532 0130 00"_s);
    checkRow(alphaText, u"Payment reference"_s, u"RF73 INV2 0260 042"_s);

    // The plan's installments, each with its own reference; the code names both.
    const QString beta = statement(dir, u"B"_s);
    const QStringList two = pdfQrCode(beta).split(u'\n');
    REQUIRE(two.size() == 11);
    CHECK(two[7] == u"EUR100.00"_s);
    CHECK(two[9].isEmpty());
    CHECK(two[10] == u"PLAN-1/1 PLAN-1/2"_s);
    const QString betaText = pdfText(beta).simplified();
    checkRow(betaText, u"Reference for PLAN-1/1"_s, u"RF23 PLAN 11"_s);
    checkRow(betaText, u"Reference for PLAN-1/2"_s, u"RF93 PLAN 12"_s);
}

TEST_CASE("A statement in another currency carries a QR code of the payment link",
          "[cli][payment][qr]")
{
    CliLedgerDir dir;
    fillLedger(dir, u"USD"_s);
    const QString pdf = statement(dir, u"A"_s);
    CHECK(pdfQrCode(pdf).isEmpty()); // no payment details yet: no code

    run(dir, {u"company"_s, u"set"_s, u"--account-number"_s, u"41926819"_s, u"--routing"_s,
              u"026009593"_s, u"--payment-link"_s,
              u"https://pay.example.com/{customer}?docs={documents}&amount={amount}"_s});
    const QString withLink = statement(dir, u"A"_s);
    const QString link = u"https://pay.example.com/A?docs=INV-2026%2F0042&amount=1234.50"_s;
    CHECK(pdfQrCode(withLink) == link);
    const QString text = pdfText(withLink).simplified();
    checkRow(text, u"Account number"_s, u"41926819"_s);
    checkRow(text, u"Routing / sort code"_s, u"026009593"_s);
    checkRow(text, u"Pay online"_s, u"https://pay.example.com/"_s);
    CHECK(QString(text).remove(u' ').contains(link)); // a long link wraps in its cell
}
