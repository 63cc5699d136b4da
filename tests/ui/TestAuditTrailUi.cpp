// The customer's History tab (docs/contract.md, section 4: the audit trail): who did what to
// which document and when, newest first, in the user's locale and local time, sortable by
// clicking a header like every list of the customer page.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "FormDriving.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "UiTestLedger.h"
#include "dialogs/CustomerDetailDialog.h"
#include "domain/Clock.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "models/AuditTrailModel.h"
#include "session/LedgerSession.h"
#include "support/UserOverride.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::UiTestLedger;
using ardesk::test::UserOverride;

namespace {

const QDate entered(2026, 11, 20);
const QDate corrected(2026, 12, 1);

// Anna enters Zephyr Bakery's (C0001) invoices and payment on 2026-11-20; Ben, at another desk,
// corrects INV-2 and voids the payment on 2026-12-01.
class TwoClerks {
public:
    TwoClerks()
    {
        {
            const UserOverride anna("anna");
            const ClockOverride clock(entered);
            m_ledger.emplace(4);
            m_ledger->load(ImportKind::Invoices,
                           "invoice_number,customer_id,issue_date,due_date,amount\n"
                           "INV-1,C0001,2026-10-01,2026-10-15,100.00\n"
                           "INV-2,C0001,2026-10-20,2026-11-15,250.00\n");
            m_ledger->load(ImportKind::Payments,
                           "payment_id,customer_id,date,amount,invoice_number\n"
                           "P-1,C0001,2026-10-20,100.00,INV-1\n");
        }
        const UserOverride ben("ben");
        const ClockOverride clock(corrected);
        auto session = LedgerSession::open(m_ledger->path());
        REQUIRE(session.has_value());
        m_session = std::move(*session);
        REQUIRE(m_session->invoiceCorrections()
                    .edit({.number = u"INV-2"_s, .amountMinor = 26000, .reason = u"typo"_s})
                    .has_value());
        REQUIRE(m_session->creditCorrections()
                    .voidCredit(Credit::Kind::Payment, u"P-1"_s, corrected, u"bounced"_s)
                    .has_value());
        const auto invoice = m_session->invoiceCorrections().invoice(u"INV-2"_s);
        REQUIRE(invoice.has_value());
        m_customer = invoice->customerId;
    }

    LedgerSession& session() { return *m_session; }
    CustomerId customer() const { return m_customer; }

private:
    std::optional<UiTestLedger> m_ledger;
    std::unique_ptr<LedgerSession> m_session;
    CustomerId m_customer;
};

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// "who what document" of each row, top to bottom.
QStringList rows(const QAbstractItemModel* model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        lines.append(cell(model, row, AuditTrailModel::MadeBy) + u" | "_s +
                     cell(model, row, AuditTrailModel::Action) + u" | "_s +
                     cell(model, row, AuditTrailModel::Document));
    }
    return lines;
}

} // namespace

TEST_CASE("The customer's History tab shows who did what, newest first, and sorts", "[ui][audit]")
{
    TwoClerks clerks;
    CustomerDetailDialog detail(clerks.session(), clerks.customer(), corrected);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));

    auto* tabs = child<QTabWidget>(detail, u"detailTabWidget"_s);
    auto* history = child<QTableView>(detail, u"historyTableView"_s);
    const int tab = tabs->indexOf(history);
    REQUIRE(tab >= 0);
    CHECK(tabs->tabText(tab) == u"&History"_s);
    tabs->setCurrentIndex(tab);

    QAbstractItemModel* model = history->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rows(model) ==
          QStringList{u"ben | Voided | Payment P-1"_s, u"ben | Un-applied | Payment P-1"_s,
                      u"ben | Corrected | Invoice INV-2"_s, u"anna | Applied | Payment P-1"_s,
                      u"anna | Created | Payment P-1"_s, u"anna | Created | Invoice INV-2"_s,
                      u"anna | Created | Invoice INV-1"_s, u"anna | Created | Customer C0001"_s});
    // When: the clock's moment (noon UTC) in local time, as the user's locale writes it.
    const QLocale locale;
    CHECK(cell(model, 0, AuditTrailModel::MadeAt) ==
          locale.toString(QDateTime(corrected, QTime(12, 0), Qt::UTC).toLocalTime(),
                          QLocale::ShortFormat));
    CHECK(cell(model, 7, AuditTrailModel::MadeAt) ==
          locale.toString(QDateTime(entered, QTime(12, 0), Qt::UTC).toLocalTime(),
                          QLocale::ShortFormat));
    CHECK(cell(model, 1, AuditTrailModel::Details).endsWith(u"from invoice INV-1"_s));
    CHECK(cell(model, 3, AuditTrailModel::Details).endsWith(u"to invoice INV-1"_s));
    CHECK(cell(model, 2, AuditTrailModel::Details).contains(u"260.00"_s));

    // A click on "When" puts the oldest first; on "Who", Anna's entries first.
    QHeaderView* header = history->horizontalHeader();
    const auto clickHeader = [header](int column) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    };
    clickHeader(AuditTrailModel::MadeAt);
    CHECK(cell(model, 0, AuditTrailModel::Document) == u"Customer C0001"_s);
    CHECK(cell(model, 7, AuditTrailModel::MadeBy) == u"ben"_s);
    clickHeader(AuditTrailModel::MadeBy);
    CHECK(cell(model, 0, AuditTrailModel::MadeBy) == u"anna"_s);
    CHECK(cell(model, 7, AuditTrailModel::MadeBy) == u"ben"_s);
}

// Not run by default: `test_ui_corrections "[screenshots]"` with ARDESK_SHOTS_DIR set (and
// ARDESK_SHOTS_LANGUAGE=de for another language).
TEST_CASE("Screenshot of the customer's History tab", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    const ardesk::test::ScreenshotLanguage language;
    TwoClerks clerks;
    CustomerDetailDialog detail(clerks.session(), clerks.customer(), corrected);
    auto* tabs = child<QTabWidget>(detail, u"detailTabWidget"_s);
    tabs->setCurrentWidget(child<QTableView>(detail, u"historyTableView"_s));
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    QApplication::processEvents();
    REQUIRE(detail.grab().save(dir->filePath(u"customer-history%1.png"_s.arg(language.suffix()))));
}
