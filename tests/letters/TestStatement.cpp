#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include "LetterSamples.h"
#include "PdfText.h"
#include "ledger/StatementService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using test::day;

namespace {

void loadCustomer(test::ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers, "customer_id,name,address,language\n"
                                       "C1,Dupont & Fils,\"3 rue de la Paix\n75002 Paris\",fr\n"
                                       "C2,Quiet Ltd,,en\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "F-1,C1,2026-01-05,2026-02-04,1000.00\n"
                                      "F-2,C1,2026-03-20,2026-04-19,250.00\n"
                                      "F-3,C1,2026-05-01,2026-05-31,80.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P-1,C1,2026-03-01,400.00,F-1\n"
                                      "P-2,C1,2026-04-10,30.00,\n");
}

} // namespace

TEST_CASE("a statement lists the open items and the aging as of its date", "[letters][statement]")
{
    test::ServiceLedger ledger;
    loadCustomer(ledger);
    const auto statement =
        StatementService(ledger.database()).statement(u"C1"_s, day("2026-04-15"));
    REQUIRE(statement);
    CHECK(statement->customer.name == u"Dupont & Fils"_s);
    // F-3 is dated after the statement; P-2 went to the oldest open item, F-1.
    QStringList documents;
    for (const AgingDetailRow& row : statement->items)
        documents.append(row.document);
    CHECK(documents == QStringList{u"F-1"_s, u"F-2"_s});
    CHECK(statement->totalMinor == 82000);
    CHECK(statement->bucketsMinor == QList<qint64>{25000, 0, 0, 57000, 0});

    const auto unknown = StatementService(ledger.database()).statement(u"C9"_s, day("2026-04-15"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("a statement PDF reads back in the customer's language", "[letters][statement]")
{
    test::ServiceLedger ledger;
    loadCustomer(ledger);
    StatementService service(ledger.database());
    LetterComposer composer(test::sampleCompany());
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"statements.pdf"_s);
    LetterPdfWriter writer(test::sampleCompany());
    REQUIRE(writer.open(path));
    for (const QString& customer : {u"C1"_s, u"C2"_s}) {
        const auto statement = service.statement(customer, day("2026-04-15"));
        REQUIRE(statement);
        const auto letter = composer.statement(*statement);
        REQUIRE(letter);
        REQUIRE(writer.add(*letter));
    }
    REQUIRE(writer.finish());

    REQUIRE(test::pdfPageCount(path) == 2);
    const QString first = test::pdfText(path, 1);
    CHECK(first.contains(u"Dupont & Fils"_s));
    CHECK(first.contains(u"Relevé de compte"_s));
    CHECK(first.contains(u"F-1"_s));
    CHECK(first.contains(u"F-2"_s));
    CHECK_FALSE(first.contains(u"F-3"_s));
    CHECK(first.contains(u"570,00"_s));
    CHECK(first.contains(u"820,00"_s));
    CHECK(first.contains(u"Non échu"_s));
    const QString second = test::pdfText(path, 2);
    CHECK(second.contains(u"Quiet Ltd"_s));
    CHECK(second.contains(u"no open items"_s));
}

TEST_CASE("ardesk-cli statement writes the PDF, bad input gets the exit codes of the contract",
          "[letters][statement][cli]")
{
    test::ServiceLedger ledger;
    loadCustomer(ledger);
    const QTemporaryDir dir;
    const auto run = [&](const QStringList& arguments) {
        QProcess cli;
        cli.start(QStringLiteral(ARDESK_CLI),
                  QStringList{u"--ledger"_s, ledger.path(), u"statement"_s} + arguments);
        REQUIRE(cli.waitForFinished(60000));
        return cli.exitCode();
    };
    const QString pdf = dir.filePath(u"c1.pdf"_s);
    CHECK(run({u"--customer"_s, u"C1"_s, u"--as-of"_s, u"2026-04-15"_s, u"--pdf"_s, pdf}) == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(u"Dupont & Fils"_s));
    CHECK(text.contains(u"820,00"_s));
    CHECK(text.contains(u"Test Company"_s));

    const QString letter = dir.filePath(u"letter.pdf"_s);
    CHECK(run({u"--customer"_s, u"C1"_s, u"--as-of"_s, u"2026-04-15"_s, u"--pdf"_s, letter,
               u"--paper"_s, u"letter"_s}) == 0);
    const QString other = dir.filePath(u"other.pdf"_s);
    CHECK(run({u"--customer"_s, u"C9"_s, u"--as-of"_s, u"2026-04-15"_s, u"--pdf"_s, other}) == 2);
    CHECK(run({u"--customer"_s, u"C1"_s, u"--as-of"_s, u"2026-02-30"_s, u"--pdf"_s, other}) == 1);
    CHECK(run({u"--customer"_s, u"C1"_s, u"--as-of"_s, u"2026-04-15"_s}) == 1);
    CHECK_FALSE(QFileInfo::exists(other));
}
