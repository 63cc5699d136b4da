// The import wizard (File > Import): preview, a check that lists every problem with its line and
// column and imports nothing, the import itself, and Stop, which leaves the ledger as it was.
// Results are read back through the core on a connection of the test's own.

#include <catch2/catch.hpp>

#include <functional>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "UiTestLedger.h"
#include "dialogs/ImportWizard.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceListService.h"
#include "models/ImportIssueModel.h"
#include "models/ImportPreviewModel.h"
#include "storage/Database.h"
#include "views/CustomersPage.h"
#include "views/MainWindow.h"
#include "widgets/FileDialogs.h"

using namespace Qt::StringLiterals;
using ardesk::ImportKind;
using ardesk::ImportWizard;

namespace {

constexpr int ledgerCustomers = 10;

// A check or an import of a few rows takes a moment; 20,000 rows, under load, much longer.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 60'000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// Before a screenshot: the window is on screen and the layout requests the last change queued
// are handled (grab() paints at once, but lays out only a hidden widget).
void settle(QWidget& widget)
{
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QCoreApplication::processEvents();
}

QString writeFile(const ardesk::test::UiTestLedger& ledger, const QString& name,
                  const QByteArray& bytes)
{
    const QString path = ledger.dir() + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// customer_id,name rows N0001.. : new customers next to the ledger's C0001..
QByteArray customersCsv(int rows)
{
    QByteArray csv = "customer_id,name,email\n";
    for (int i = 1; i <= rows; ++i)
        csv += u"N%1,New Customer %1,n%1@example.com\n"_s.arg(i, 5, 10, QChar(u'0')).toUtf8();
    return csv;
}

qint64 customerCount(const QString& ledgerPath)
{
    auto database = ardesk::Database::open(ledgerPath);
    REQUIRE(database.has_value());
    auto count = ardesk::CustomerService(**database).count({});
    REQUIRE(count.has_value());
    return *count;
}

qint64 invoiceCount(const QString& ledgerPath)
{
    auto database = ardesk::Database::open(ledgerPath);
    REQUIRE(database.has_value());
    auto count = ardesk::InvoiceListService(**database).count({});
    REQUIRE(count.has_value());
    return *count;
}

template <typename T>
T* child(const QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// Chooses the kind and types the file name, as a user would, then goes to the preview.
void chooseFile(ImportWizard& wizard, ImportKind kind, const QString& path)
{
    auto* kindComboBox = child<QComboBox>(wizard, u"kindComboBox"_s);
    kindComboBox->setCurrentIndex(static_cast<int>(kind));
    REQUIRE(wizard.kind() == kind);
    auto* fileLineEdit = child<QLineEdit>(wizard, u"fileLineEdit"_s);
    fileLineEdit->clear();
    QTest::keyClicks(fileLineEdit, QDir::toNativeSeparators(path));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
}

void checkFile(ImportWizard& wizard)
{
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
}

QString labelText(const QWidget& parent, const QString& name)
{
    return child<QLabel>(parent, name)->text();
}

} // namespace

TEST_CASE("The import wizard previews the first rows under the file's header", "[ui][import]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    const QString path = writeFile(ledger, u"customers.csv"_s, customersCsv(25));
    ImportWizard wizard(ledger.path());
    wizard.show();
    QAbstractItemModelTester tester(wizard.previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // No file yet, or one that does not exist: Next stays disabled.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(wizard, u"fileLineEdit"_s), ledger.dir() + u"/nope.csv"_s);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(labelText(wizard, u"fileProblemLabel"_s).contains(u"nope.csv"_s));

    // Browse… goes through FileDialogs (answered by the test hook).
    ardesk::FileDialogs::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(wizard, u"browsePushButton"_s), Qt::LeftButton);
    CHECK(wizard.fileName() == path);
    CHECK(labelText(wizard, u"fileProblemLabel"_s).isEmpty());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);

    const ardesk::ImportPreviewModel* model = wizard.previewModel();
    CHECK(model->rowCount() == ardesk::ImportPreviewModel::defaultRows);
    CHECK(model->columnCount() == 3);
    CHECK(model->hasMoreRows());
    CHECK(model->headerData(0, Qt::Horizontal).toString() == u"customer_id"_s);
    CHECK(model->headerData(2, Qt::Horizontal).toString() == u"email"_s);
    CHECK(model->index(0, 1).data().toString() == u"New Customer 00001"_s);
    CHECK(model->index(19, 0).data().toString() == u"N00020"_s);
    // Rows are numbered with their file lines (the header is line 1).
    CHECK(model->headerData(0, Qt::Vertical).toInt() == 2);
    CHECK(labelText(wizard, u"previewSummaryLabel"_s).contains(u"20"_s));
    CHECK(child<QTableView>(wizard, u"previewTableView"_s)->model() == model);
    // Only looking: nothing is imported.
    CHECK(customerCount(ledger.path()) == ledgerCustomers);
}

TEST_CASE("The check lists every bad row with line and column and imports nothing", "[ui][import]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    // Line 3: unknown customer (column 2); line 4: bad date (column 3) and amount (column 4);
    // line 5 is fine but must not be imported either.
    const QString path = writeFile(ledger, u"invoices.csv"_s,
                                   "invoice_number,customer_id,issue_date,amount\n"
                                   "INV-1,C0001,2025-01-10,100.00\n"
                                   "INV-2,NOBODY,2025-01-11,50.00\n"
                                   "INV-3,C0002,2025-13-01,1.234\n"
                                   "INV-4,C0004,2025-01-12,75.50\n");
    ImportWizard wizard(ledger.path());
    wizard.show();
    QAbstractItemModelTester tester(wizard.issueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    chooseFile(wizard, ImportKind::Invoices, path);
    checkFile(wizard);

    const ardesk::ImportIssueModel* issues = wizard.issueModel();
    REQUIRE(issues->rowCount() == 3);
    using Column = ardesk::ImportIssueModel::Column;
    const std::pair<int, int> expected[] = {{3, 2}, {4, 3}, {4, 4}};
    for (int row = 0; row < 3; ++row) {
        INFO("row " << row);
        CHECK(issues->index(row, Column::File).data().toString() == u"invoices.csv"_s);
        CHECK(issues->index(row, Column::Line).data().toString() ==
              QString::number(expected[row].first));
        CHECK(issues->index(row, Column::Field).data().toString() ==
              QString::number(expected[row].second));
        CHECK_FALSE(issues->index(row, Column::Message).data().toString().isEmpty());
    }
    CHECK(issues->index(0, Column::Message).data().toString().contains(u"NOBODY"_s));
    CHECK(child<QTableView>(wizard, u"issuesTableView"_s)->isVisible());
    CHECK(labelText(wizard, u"checkStatusLabel"_s).contains(u"3 problem"_s));
    // All or nothing: Import stays disabled and the good rows are not in the ledger.
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(invoiceCount(ledger.path()) == 0);

    // The user fixes the file and checks again.
    writeFile(ledger, u"invoices.csv"_s,
              "invoice_number,customer_id,issue_date,amount\n"
              "INV-1,C0001,2025-01-10,100.00\n"
              "INV-2,C0001,2025-01-11,50.00\n");
    QTest::mouseClick(child<QPushButton>(wizard, u"checkAgainPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    CHECK(issues->rowCount() == 0);
    CHECK(wizard.button(QWizard::CommitButton)->isEnabled());
    CHECK(invoiceCount(ledger.path()) == 0);
}

TEST_CASE("The import wizard imports a checked file into the ledger", "[ui][import]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    const QString path = writeFile(ledger, u"customers.csv"_s, customersCsv(30));
    ImportWizard wizard(ledger.path());
    wizard.show();
    chooseFile(wizard, ImportKind::Customers, path);
    checkFile(wizard);
    REQUIRE(wizard.issueModel()->rowCount() == 0);
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    CHECK(wizard.importedRows() == 30);
    CHECK(labelText(wizard, u"runStatusLabel"_s).contains(u"30"_s));
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    CHECK(customerCount(ledger.path()) == ledgerCustomers + 30);
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    ardesk::CustomerService customers(**database);
    auto found = customers.page({.search = u"N00030"_s}, 0, 5);
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);
    CHECK(found->first().customer.name == u"New Customer 00030"_s);
    CHECK(found->first().customer.email == u"n00030@example.com"_s);
}

TEST_CASE("Stopping the import leaves the ledger as it was", "[ui][import]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    // Enough rows for the importer to report progress (and so see the stop) before the end.
    const QString path = writeFile(ledger, u"customers.csv"_s, customersCsv(20'000));
    ImportWizard wizard(ledger.path());
    wizard.show();
    chooseFile(wizard, ImportKind::Customers, path);
    checkFile(wizard);
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    REQUIRE(wizard.isBusy());
    auto* stop = child<QPushButton>(wizard, u"stopImportPushButton"_s);
    REQUIRE(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));

    CHECK(wizard.importedRows() == 0);
    CHECK(labelText(wizard, u"runStatusLabel"_s).contains(u"stopped"_s));
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(customerCount(ledger.path()) == ledgerCustomers);
}

TEST_CASE("File > Import reloads the pages after an import", "[ui][import][window]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    const QString path = writeFile(ledger, u"customers.csv"_s, customersCsv(5));
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));
    auto* importAction = child<QAction>(window, u"importAction"_s);
    CHECK(importAction->shortcut() == QKeySequence(u"Ctrl+Shift+I"_s));
    REQUIRE(importAction->isEnabled());

    // The wizard is modal: drive it from inside its event loop.
    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget());
        REQUIRE(wizard);
        chooseFile(*wizard, ImportKind::Customers, path);
        checkFile(*wizard);
        wizard->next();
        REQUIRE(waitUntil([&] { return !wizard->isBusy(); }));
        REQUIRE(wizard->importedRows() == 5);
        wizard->accept();
        driven = true;
    });
    importAction->trigger();
    REQUIRE(driven);
    CHECK(window.customersPage()->statusText() ==
          u"Customers: "_s + QLocale().toString(ledgerCustomers + 5));

    window.closeLedger();
    CHECK_FALSE(importAction->isEnabled());
}

TEST_CASE("The import wizard reads a GnuCash file once its date order and decimal comma are "
          "chosen",
          "[ui][import]")
{
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    // GnuCash's bills-and-invoices layout: no header, ';', a blank id continues the invoice.
    // Every date fits both D/M/Y and M/D/Y; amounts have a decimal comma, as GnuCash writes
    // them in German.
    const QString path = writeFile(
        ledger, u"gnucash.csv"_s,
        "7001;2/3/2025;C0001;Order 12;;2/3/2025;\"Design, phase 1\";ea;Income;2;100;%;=;10;N;N;;"
        "2/3/2025;4/5/2025;Assets:Accounts Receivable;;\n"
        ";;;;;2/3/2025;Travel;ea;Income;1;35,50;;;;N;N;;;;;;\n");
    ImportWizard wizard(ledger.path());
    wizard.show();
    auto* dateOrderComboBox = child<QComboBox>(wizard, u"dateOrderComboBox"_s);
    CHECK_FALSE(dateOrderComboBox->isEnabled()); // native dates are always YYYY-MM-DD
    auto* formatComboBox = child<QComboBox>(wizard, u"formatComboBox"_s);
    formatComboBox->setCurrentIndex(formatComboBox->findText(u"GnuCash"_s));
    REQUIRE(wizard.format() == ardesk::ImportFormat::GnuCash);
    CHECK(dateOrderComboBox->isEnabled());
    auto* decimalComma = child<QCheckBox>(wizard, u"decimalCommaCheckBox"_s);
    CHECK(decimalComma->isEnabled());
    chooseFile(wizard, ImportKind::Invoices, path);
    // Headerless: the preview numbers the columns and shows both rows.
    CHECK(wizard.previewModel()->rowCount() == 2);
    CHECK(wizard.previewModel()->columnCount() == 22);
    CHECK(wizard.previewModel()->index(0, 6).data().toString() == u"Design, phase 1"_s);

    checkFile(wizard);
    REQUIRE(wizard.issueModel()->rowCount() == 1);
    CHECK(wizard.issueModel()
              ->index(0, ardesk::ImportIssueModel::Message)
              .data()
              .toString()
              .contains(u"date order"_s));
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());

    // The user says the dates are D/M/Y and checks again.
    dateOrderComboBox->setCurrentIndex(1);
    REQUIRE(wizard.dateOrder() == ardesk::DateOrder::DayMonthYear);
    QTest::mouseClick(child<QPushButton>(wizard, u"checkAgainPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    // Now the amount "35,50" is the one problem, at the file's line 2, column 11.
    REQUIRE(wizard.issueModel()->rowCount() == 1);
    CHECK(wizard.issueModel()->index(0, ardesk::ImportIssueModel::Line).data().toInt() == 2);
    CHECK(wizard.issueModel()->index(0, ardesk::ImportIssueModel::Field).data().toInt() == 11);
    CHECK_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());

    // The user says the amounts have a decimal comma.
    decimalComma->setChecked(true);
    QTest::mouseClick(child<QPushButton>(wizard, u"checkAgainPushButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    CHECK(wizard.issueModel()->rowCount() == 0);
    CHECK(labelText(wizard, u"checkStatusLabel"_s).startsWith(u"Dates read as D/M/Y."_s));
    REQUIRE(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    CHECK(wizard.importedRows() == 1);

    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    auto invoices = ardesk::InvoiceListService(**database).page({}, 0, 5);
    REQUIRE(invoices.has_value());
    REQUIRE(invoices->size() == 1);
    const ardesk::InvoiceListRow& invoice = invoices->first();
    CHECK(invoice.number == u"7001"_s);
    CHECK(invoice.customerCode == u"C0001"_s);
    CHECK(invoice.issueDate == QDate(2025, 3, 2));
    CHECK(invoice.dueDate == QDate(2025, 5, 4));
    CHECK(invoice.amountMinor == 180'00 + 35'50); // 2 × 100 less 10 %, + 35.50
}

// Not run by default: `test_ui_import "[screenshots]"` with ARDESK_SHOTS_DIR set saves a picture
// of each wizard page, to look at the layout on a machine without a display.
TEST_CASE("Screenshots of the import wizard", "[.][screenshots]")
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR is not set: nothing saved");
        return;
    }
    const ardesk::test::UiTestLedger ledger(ledgerCustomers);
    const QString bad = writeFile(ledger, u"invoices-march.csv"_s,
                                  "invoice_number,customer_id,issue_date,due_date,amount\n"
                                  "INV-1001,C0001,2025-03-01,2025-03-31,1200.00\n"
                                  "INV-1002,NOBODY,2025-03-02,2025-04-01,50.00\n"
                                  "INV-1003,C0002,2025-13-01,2025-04-01,1.234\n"
                                  "INV-1004,C0004,2025-03-04,,75.50\n"
                                  "INV-1001,C0004,2025-03-05,,19.99\n");
    const QString good = writeFile(ledger, u"customers.csv"_s, customersCsv(40));
    ImportWizard wizard(ledger.path());
    wizard.show();
    const auto save = [&](const QString& name) {
        settle(wizard);
        REQUIRE(wizard.grab().save(directory + u"/import-"_s + name + u".png"_s));
    };
    child<QComboBox>(wizard, u"kindComboBox"_s)->setCurrentIndex(1);
    wizard.setFileName(bad);
    save(u"1-file"_s);
    wizard.next();
    save(u"2-preview"_s);
    checkFile(wizard);
    save(u"3-check-errors"_s);
    wizard.back();
    wizard.back();
    chooseFile(wizard, ImportKind::Customers, good);
    checkFile(wizard);
    save(u"4-check-ok"_s);
    wizard.next();
    REQUIRE(waitUntil([&] { return !wizard.isBusy(); }));
    save(u"5-done"_s);

    // Another tool's file: the format and date order the user chose, the order the check found.
    const QString xero = writeFile(
        ledger, u"xero.csv"_s,
        "*ContactName,*InvoiceNumber,*InvoiceDate,*DueDate,*Description,*Quantity,*UnitAmount\n"
        "C0001,X-1,29/3/2025,28/4/2025,Survey,1,250.00\n"
        "Nobody,X-2,30/3/2025,29/4/2025,Survey,1,100.00\n");
    ImportWizard foreign(ledger.path());
    foreign.show();
    foreign.setFormat(ardesk::ImportFormat::Xero);
    chooseFile(foreign, ImportKind::Invoices, xero);
    checkFile(foreign);
    settle(foreign);
    REQUIRE(foreign.grab().save(directory + u"/import-6-xero-check.png"_s));
    foreign.back();
    foreign.back();
    settle(foreign);
    REQUIRE(foreign.grab().save(directory + u"/import-7-xero-file.png"_s));
}
