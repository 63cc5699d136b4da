#include "BankPageFixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QTableView>
#include <QTest>

#include "BankFiles.h"
#include "cashapp/BankLineService.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "models/BankQueueModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "widgets/FileDialogs.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

// Zephyr Bakery (C0001) owes INV-1 and INV-2, 100% Organic_Foods (C0002) INV-3, Ärzte Bedarf
// (C0004) INV-4.
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-10-01,2026-10-31,100.00\n"
                                      "INV-2,C0001,2026-10-05,2026-11-04,250.00\n"
                                      "INV-3,C0002,2026-10-01,2026-10-31,400.00\n"
                                      "INV-4,C0004,2026-10-01,2026-10-31,80.00\n");
}

TestEntry entry(const QString& id, const QString& amount, const QString& reference,
                const QString& payer)
{
    return TestEntry{.bankReference = id,
                     .bookingDate = u"2026-11-20"_s,
                     .amount = amount,
                     .counterparty = payer,
                     .counterpartyIban = u"DE44500105175407324931"_s,
                     .reference = reference};
}

// Five booked credits (three name their invoice exactly: score 100; two name nothing), a debit
// and a pending credit.
QString writeStatement(const UiTestLedger& ledger)
{
    TestEntry debit = entry(u"D1"_s, u"30.00"_s, u"bank fees"_s, u"Bank"_s);
    debit.credit = false;
    TestEntry pending = entry(u"P1"_s, u"70.00"_s, u"INV-4"_s, u"Ärzte Bedarf"_s);
    pending.status = u"PDNG"_s;
    const QByteArray xml = camt053(
        u"STMT-1"_s, {entry(u"R1"_s, u"100.00"_s, u"Invoice INV-1"_s, u"Zephyr Bakery"_s),
                      entry(u"R2"_s, u"400.00"_s, u"INV-3"_s, u"Organic Foods"_s),
                      entry(u"R3"_s, u"80.00"_s, u"payment"_s, u"Dr. A. Someone"_s),
                      entry(u"R4"_s, u"12.00"_s, u"refund 2026/11"_s, u"Supplier AG"_s),
                      entry(u"R5"_s, u"250.00"_s, u"INV-2"_s, u"Zephyr Bakery"_s), debit, pending});
    const QString path = ledger.dir() + u"/statement.xml"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(xml);
    return path;
}

std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

} // namespace

BankFixture::BankFixture()
    : ledger(8)
{
    loadInvoices(ledger);
    statement = writeStatement(ledger);
    session = openSession(ledger);
    page.setSession(session.get());
    waitIdle(page);
}

BankFixture::~BankFixture() = default;

void BankFixture::importStatement()
{
    FileDialogs::setNextFileName(statement);
    pageAction(page, u"importStatementAction"_s)->trigger();
    waitIdle(page);
}

QList<BankLine> BankFixture::lines(BankLineStatus status) const
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    auto found = BankLineService(**database).lines(status);
    REQUIRE(found.has_value());
    return *found;
}

QStringList BankFixture::openItems(const QString& customerCode) const
{
    QStringList numbers;
    auto customers = session->customers().page({}, 0, 100);
    REQUIRE(customers.has_value());
    for (const auto& row : *customers) {
        if (row.customer.code != customerCode)
            continue;
        auto items = session->allocation().openItems(row.customer.id);
        REQUIRE(items.has_value());
        for (const auto& item : *items)
            numbers.append(item.number);
    }
    return numbers;
}

void waitIdle(const BankPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, bankJobTimeoutMs));
}

QTableView* queueView(const BankPage& page)
{
    auto* view = page.findChild<QTableView*>(u"bankTableView"_s);
    REQUIRE(view);
    return view;
}

QAction* pageAction(const BankPage& page, const QString& name)
{
    auto* found = page.findChild<QAction*>(name);
    REQUIRE(found);
    return found;
}

int lineRow(const BankPage& page, const QString& reference)
{
    const QAbstractItemModel* model = queueView(page)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BankQueueModel::Reference).data().toString() == reference)
            return row;
    }
    return -1;
}

QString lineCell(const BankPage& page, const QString& reference, int column)
{
    const int row = lineRow(page, reference);
    REQUIRE(row >= 0);
    return queueView(page)->model()->index(row, column).data().toString();
}

void selectLine(const BankPage& page, const QString& reference)
{
    const int row = lineRow(page, reference);
    REQUIRE(row >= 0);
    queueView(page)->setCurrentIndex(queueView(page)->model()->index(row, 0));
}

QByteArray frenchBankExport()
{
    return "Code de la banque : 10101;Code de l'agence : 00100;;;;\n"
           "Num\xc3\xa9ro de compte : 01234567890;Devise : EUR;;;;\n"
           "\n"
           "Solde en fin de p\xc3\xa9riode;;;;655,25;\n"
           "Date;Num\xc3\xa9ro d'op\xc3\xa9ration;Libell\xc3\xa9;D\xc3\xa9"
           "bit;Cr\xc3\xa9"
           "dit;D\xc3\xa9tail\n"
           "05/01/2024;0123456789;VIREMENT RECU;;1 250,50;INV-7\n"
           "10/01/2024;9876543210;PAIEMENT CB;-75,25;;Achat\n"
           "Solde en d\xc3\xa9"
           "but de p\xc3\xa9riode;;;;500,00;\n";
}

} // namespace ardesk::test
