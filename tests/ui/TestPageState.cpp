// Pages keep what the user set up when the ledger changes under them: saving an invoice or a
// payment keeps every list's search, filter, order and scroll position, and selects the saved
// row; Record Payment from a selected invoice starts with that invoice. Names sort and search
// the way the user reads them (case and accents aside), while the command line's order stays.

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "DefaultLocale.h"
#include "FormDriving.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/CreditDialog.h"
#include "dialogs/InvoiceDialog.h"
#include "domain/Clock.h"
#include "ledger/CustomerService.h"
#include "models/AllocationTableModel.h"
#include "models/CreditListModel.h"
#include "models/CustomerListModel.h"
#include "models/InvoiceListModel.h"
#include "models/LocaleSortProxyModel.h"
#include "session/LedgerSession.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "views/CreditsPage.h"
#include "views/CustomersPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::DefaultLocale;
using ardesk::test::type;
using ardesk::test::UiTestLedger;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return value.toStdString(); }
};
} // namespace Catch

namespace {

// `count` invoices INV-0001… for C0005, every third one paid by a payment P-0001….
void loadDocuments(UiTestLedger& ledger, int count)
{
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n";
    QByteArray payments = "payment_id,customer_id,date,amount,invoice_number\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(4, '0');
        invoices += "INV-" + number + ",C0005,2026-10-01,2026-10-31,100.00\n";
        if (i % 3 == 0)
            payments += "P-" + number + ",C0005,2026-11-02,100.00,INV-" + number + "\n";
    }
    ledger.load(ImportKind::Invoices, invoices);
    ledger.load(ImportKind::Payments, payments);
}

// Reads `table`'s list down to row `rows`, page after page, as scrolling there would.
void loadRows(QTableView* table, int rows)
{
    const auto* model = qobject_cast<const PagedListModel*>(table->model());
    REQUIRE(model);
    REQUIRE(ardesk::test::waitForCount(*model));
    REQUIRE(model->rowCount() >= rows);
    for (int row = 0; row < rows; row += model->pageSize())
        REQUIRE(ardesk::test::waitForRow(*model, row));
    REQUIRE(ardesk::test::waitForRow(*model, rows - 1));
}

QString selectedText(QTableView* table, int column = 0)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows(column);
    return rows.size() == 1 ? rows.first().data().toString() : QString();
}

// Runs `fill` on the modal dialog of type T that `trigger` opens; true when it was seen.
template <typename T>
bool withModalDialog(QAction* trigger, const std::function<void(T&)>& fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&seen, &fill] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        fill(*dialog);
    });
    trigger->trigger();
    return seen;
}

// Clicks Save; runs inside the dialog's event loop, where a failed REQUIRE must not throw.
void save(QDialog& dialog)
{
    auto* save = dialog.findChild<QPushButton*>(u"saveButton"_s);
    auto* problem = dialog.findChild<QLabel*>(u"problemLabel"_s);
    INFO((problem ? problem->text() : QString()).toStdString());
    CHECK((save && save->isEnabled()));
    if (save && save->isEnabled())
        QTest::mouseClick(save, Qt::LeftButton);
    else
        dialog.reject();
}

QStringList column(const QAbstractItemModel& model, int column)
{
    if (const auto* list = qobject_cast<const PagedListModel*>(&model)) {
        REQUIRE(ardesk::test::waitForCount(*list));
        return ardesk::test::readColumn(*list, column);
    }
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

TEST_CASE("Saving an invoice keeps every list's search, filter and scroll and selects it",
          "[ui][state]")
{
    const ClockOverride clock(QDate(2026, 12, 6));
    UiTestLedger ledger(40);
    loadDocuments(ledger, 900);
    MainWindow window;
    window.setRemembersSettings(false);
    window.resize(1100, 700);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));

    // The Invoices page: open ones, searched, sorted by number descending, scrolled far down.
    InvoicesPage* invoices = window.invoicesPage();
    window.showPage(invoices);
    auto* status = child<QComboBox>(invoices, u"statusFilterComboBox"_s);
    status->setCurrentIndex(1);
    auto* search = child<QLineEdit>(invoices, u"invoiceSearchLineEdit"_s);
    QTest::keyClicks(search, u"INV-0"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto* table = child<QTableView>(invoices, u"invoicesTableView"_s);
    table->sortByColumn(InvoiceListModel::Number, Qt::DescendingOrder);
    REQUIRE(ardesk::test::waitForCount(*invoices->model()));
    REQUIRE(invoices->model()->matchingCount() == 600);
    loadRows(table, 450);
    table->doItemsLayout();
    table->scrollTo(table->model()->index(420, 0), QAbstractItemView::PositionAtTop);
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // The Payments page, searched and scrolled too.
    CreditsPage* payments = window.paymentsPage();
    window.showPage(payments);
    auto* paymentSearch = child<QLineEdit>(payments, u"creditSearchLineEdit"_s);
    QTest::keyClicks(paymentSearch, u"P-0"_s);
    QTest::keyClick(paymentSearch, Qt::Key_Return);
    auto* paymentTable = child<QTableView>(payments, u"paymentsTableView"_s);
    loadRows(paymentTable, 250);
    paymentTable->doItemsLayout();
    paymentTable->scrollTo(paymentTable->model()->index(240, 0), QAbstractItemView::PositionAtTop);
    const int paymentsScrolled = paymentTable->verticalScrollBar()->value();
    REQUIRE(paymentsScrolled > 0);

    window.showPage(invoices);
    // INV-0450X sorts between INV-0451 and INV-0450: just below the rows loaded so far.
    const bool seen = withModalDialog<InvoiceDialog>(
        child<QAction>(window, u"newInvoiceAction"_s), [](InvoiceDialog& dialog) {
            type(dialog, u"customerLineEdit"_s, u"C0005"_s);
            type(dialog, u"numberLineEdit"_s, u"INV-0450X"_s);
            type(dialog, u"amountLineEdit"_s, u"75.00"_s);
            save(dialog);
        });
    REQUIRE(seen);
    REQUIRE(ardesk::test::waitForCount(*invoices->model()));

    CHECK(status->currentIndex() == 1);
    CHECK(search->text() == u"INV-0"_s);
    CHECK(invoices->model()->query().search == u"INV-0"_s);
    CHECK(invoices->model()->sortColumn() == InvoiceListModel::Number);
    CHECK(invoices->model()->sortOrder() == Qt::DescendingOrder);
    CHECK(invoices->model()->matchingCount() == 601);
    CHECK(invoices->statusText() == u"Invoices: 601 of 901"_s);
    // The new invoice is selected where the order puts it (after INV-0450, before INV-0449),
    // and the list did not jump back to the top.
    CHECK(selectedText(table) == u"INV-0450X"_s);
    CHECK(table->verticalScrollBar()->value() > 0);
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(table->visualRect(current).intersects(table->viewport()->rect()));

    // The Payments page reads the ledger when it comes to the front, as it was left.
    window.showPage(payments);
    REQUIRE(ardesk::test::waitForCount(*payments->model()));
    CHECK(paymentSearch->text() == u"P-0"_s);
    CHECK(payments->model()->query().search == u"P-0"_s);
    CHECK(paymentTable->verticalScrollBar()->value() == paymentsScrolled);
}

TEST_CASE("Record Payment from a selected invoice starts with it, and the payment is selected",
          "[ui][state]")
{
    const ClockOverride clock(QDate(2026, 12, 6));
    UiTestLedger ledger(40);
    // Two open invoices of C0001: the rule would pay the older INV-1 first.
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-10-01,2026-10-15,100.00\n"
                                      "INV-2,C0001,2026-10-20,2026-11-15,250.00\n"
                                      "INV-3,C0005,2026-10-01,2026-10-31,80.00\n");
    MainWindow window;
    window.setRemembersSettings(false);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));
    InvoicesPage* invoices = window.invoicesPage();
    window.showPage(invoices);
    auto* table = child<QTableView>(invoices, u"invoicesTableView"_s);
    REQUIRE(ardesk::test::waitForList(table));
    int row = -1;
    for (int i = 0; i < table->model()->rowCount(); ++i) {
        if (table->model()->index(i, InvoiceListModel::Number).data() == u"INV-2"_s)
            row = i;
    }
    REQUIRE(row >= 0);
    table->selectRow(row);
    const InvoiceId selected{
        table->model()->index(row, 0).data(InvoiceListModel::InvoiceIdRole).toLongLong()};

    QString customerText;
    QString amount;
    QStringList shares;
    const bool seen = withModalDialog<CreditDialog>(
        child<QAction>(window, u"recordPaymentAction"_s), [&](CreditDialog& dialog) {
            auto* picker = dialog.findChild<CustomerPicker*>(u"customerLineEdit"_s);
            customerText = picker->customer() ? picker->customer()->code : QString();
            amount = dialog.findChild<QLineEdit*>(u"amountLineEdit"_s)->text();
            AllocationTableModel* model = dialog.allocationModel();
            for (int i = 0; i < model->rowCount(); ++i) {
                shares.append(model->index(i, AllocationTableModel::Number).data().toString() +
                              u' ' +
                              model->index(i, AllocationTableModel::Share).data().toString());
            }
            dialog.findChild<QLineEdit*>(u"numberLineEdit"_s)->setText(u"P-1"_s);
            auto* allocation = dialog.findChild<QTableView*>(u"allocationTableView"_s);
            CHECK(allocation->currentIndex().row() == model->rowOf(selected));
            save(dialog);
        });
    REQUIRE(seen);
    CHECK(customerText == u"C0001"_s);
    CHECK(amount == u"250.00"_s);
    // The invoice's open amount, on the invoice: not on the older INV-1 the rule prefers.
    CHECK(shares == QStringList{u"INV-1 "_s, u"INV-2 250.00"_s});

    // The new payment is the one selected on the Payments page.
    CreditsPage* payments = window.paymentsPage();
    window.showPage(payments);
    auto* paymentTable = child<QTableView>(payments, u"paymentsTableView"_s);
    REQUIRE(ardesk::test::waitForList(paymentTable));
    REQUIRE(paymentTable->selectionModel()->selectedRows().size() == 1);
    CHECK(paymentTable->selectionModel()
              ->selectedRows()
              .first()
              .data(CreditListModel::CreditIdRole)
              .toLongLong() > 0);
    CHECK(payments->model()->rowCount() == 1);
}

TEST_CASE("Customer names sort and search the way people read them", "[ui][language]")
{
    const ClockOverride clock(QDate(2026, 12, 6));
    UiTestLedger ledger(4);
    ledger.load(ImportKind::Customers, u"customer_id,name,currency\n"
                                       "C0010,Ångström Optik,EUR\n"
                                       "C0011,Bäckerei Müller,EUR\n"
                                       "C0012,Beta Bau,EUR\n"
                                       "C0013,alpha Handel,EUR\n"
                                       "C0014,Muller & Co,EUR\n"
                                       "C0015,Øresund Shipping,EUR\n"_s.toUtf8());
    ledger.load(ImportKind::Invoices, u"invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0011,2026-10-01,2026-10-15,100.00\n"
                                      "INV-2,C0001,2026-10-20,2026-11-15,250.00\n"_s.toUtf8());
    MainWindow window;
    window.setRemembersSettings(false);
    window.resize(1100, 700);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));
    CustomersPage* customers = window.customersPage();
    window.showPage(customers);
    auto* table = child<QTableView>(customers, u"customersTableView"_s);
    table->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    // Case and accents aside: Ångström among the A's, Bäckerei among the B's, Ärzte with the
    // A's, Øresund with the O's; not after the Z's as by code point.
    CHECK(column(*table->model(), CustomerListModel::Name) ==
          QStringList{u"100% Organic_Foods"_s, u"alpha Handel"_s, u"Ångström Optik"_s,
                      u"Ärzte Bedarf"_s, u"Bäckerei Müller"_s, u"Beta Bau"_s, u"Muller & Co"_s,
                      u"Øresund Shipping"_s, u"Tokyo Trading KK"_s, u"Zephyr Bakery"_s});

    // "muller" finds Müller and Muller; "ANGSTROM" finds Ångström.
    auto* search = child<QLineEdit>(customers, u"searchLineEdit"_s);
    QTest::keyClicks(search, u"muller"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(column(*table->model(), CustomerListModel::Name) ==
          QStringList{u"Bäckerei Müller"_s, u"Muller & Co"_s});
    if (const QString dir = qEnvironmentVariable("ARDESK_SHOTS_DIR"); !dir.isEmpty())
        CHECK(window.grab().save(dir + u"/customers-search-muller.png"_s));
    search->clear();
    QTest::keyClicks(search, u"ANGSTROM"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(column(*table->model(), CustomerListModel::Name) == QStringList{u"Ångström Optik"_s});

    // The invoice list finds them by the customer too.
    InvoicesPage* invoices = window.invoicesPage();
    window.showPage(invoices);
    auto* invoiceSearch = child<QLineEdit>(invoices, u"invoiceSearchLineEdit"_s);
    QTest::keyClicks(invoiceSearch, u"backerei"_s);
    QTest::keyClick(invoiceSearch, Qt::Key_Return);
    CHECK(column(*invoices->model(), InvoiceListModel::Number) == QStringList{u"INV-1"_s});

    // The command line's order (and the customer export's) stays by code point.
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto byCodePoint = CustomerRepository(**database).page(CustomerQuery{}, 0, 100);
    REQUIRE(byCodePoint.has_value());
    QStringList names;
    for (const CustomerListRow& row : *byCodePoint)
        names.append(row.customer.name);
    CHECK(names == QStringList{u"100% Organic_Foods"_s, u"Beta Bau"_s, u"Bäckerei Müller"_s,
                               u"Muller & Co"_s, u"Tokyo Trading KK"_s, u"Zephyr Bakery"_s,
                               u"alpha Handel"_s, u"Ärzte Bedarf"_s, u"Ångström Optik"_s,
                               u"Øresund Shipping"_s});
}

TEST_CASE("Lists held in memory sort text with the user's collation", "[ui][language]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardItemModel source;
    for (const QString& name : {u"Zephyr Bakery"_s, u"Bäckerei Müller"_s, u"Ångström Optik"_s,
                                u"alpha Handel"_s, u"Beta Bau"_s, u"Shop 10"_s, u"Shop 9"_s})
        source.appendRow(new QStandardItem(name));
    LocaleSortProxyModel proxy(Qt::DisplayRole);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    CHECK(column(proxy, 0) == QStringList{u"alpha Handel"_s, u"Ångström Optik"_s,
                                          u"Bäckerei Müller"_s, u"Beta Bau"_s, u"Shop 9"_s,
                                          u"Shop 10"_s, u"Zephyr Bakery"_s});
}
