// The README's pictures of dialogs, taken on a demo ledger; its pictures of pages come from
// `ardesk --screenshot DIR LEDGER` on the same ledger (under `faketime` at the demo's day, as the
// app has no clock of its own to set). Not run by default:
//   ardesk-cli --ledger /tmp/demo.ardesk demo --today 2026-12-06
//   ardesk-cli --ledger /tmp/demo.ardesk invoice edit INV-000470 --amount 36.00
//       --reason "Delivery charge billed twice"       (a row for the Corrections tab)
//   ARDESK_SHOTS_DIR=resources/screenshots ARDESK_SHOTS_LEDGER=/tmp/demo.ardesk
//       ARDESK_SHOTS_CUSTOMER=C00014 ARDESK_TEST_TODAY=2026-12-06 test_ui "[readme]"
// C00014 has a broken promise in its log and is due its first reminder that day.

#include <catch2/catch.hpp>

#include <algorithm>

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>

#include "FormDriving.h"
#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/TemplateEditorDialog.h"
#include "domain/Clock.h"
#include "dunning/DunningLevelService.h"
#include "ledger/CustomerService.h"
#include "session/LedgerSession.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;

namespace {

// On screen at the README's size, with the layouts and lazy loads the last change queued done.
void shoot(QWidget& widget, QSize size, const QString& path)
{
    widget.resize(size);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QApplication::processEvents();
    QApplication::processEvents();
    REQUIRE(widget.grab().save(path));
}

} // namespace

TEST_CASE("README screenshots of the customer detail and the template editor",
          "[.][screenshots][readme]")
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    const QString ledger = qEnvironmentVariable("ARDESK_SHOTS_LEDGER");
    const QString code = qEnvironmentVariable("ARDESK_SHOTS_CUSTOMER");
    if (directory.isEmpty() || ledger.isEmpty() || code.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR, ARDESK_SHOTS_LEDGER or ARDESK_SHOTS_CUSTOMER is not set");
        return;
    }
    const QDir dir(directory);
    auto session = LedgerSession::open(ledger);
    REQUIRE(session.has_value());
    const auto customer = (*session)->customers().findByCode(code);
    REQUIRE(customer.has_value());

    // The account on its Activity tab; the tabs show the Corrections beside it. As wide as a
    // page: at its narrowest (about 1170) the header's name runs into the balance.
    CustomerDetailDialog detail(**session, customer->id, Clock::today());
    child<QTabWidget>(detail, u"detailTabWidget"_s)
        ->setCurrentWidget(child<QWidget>(detail, u"activityTab"_s));
    shoot(detail, QSize(1280, 660), dir.filePath(u"customer-detail.png"_s));

    // The first reminder's template (after the courtesy level's), previewed as the customer's
    // letter.
    const auto levels = (*session)->dunningLevels().levels();
    REQUIRE(levels.has_value());
    const auto first = std::ranges::find_if(
        *levels, [](const DunningLevel& level) { return !level.isCourtesy(); });
    REQUIRE(first != levels->end());
    TemplateEditorDialog editor(**session, *levels, int(first - levels->begin()));
    editor.show();
    QTest::keyClicks(child<CustomerPicker>(editor, u"customerPicker"_s), code);
    shoot(editor, QSize(1180, 720), dir.filePath(u"template-editor.png"_s));
    editor.done(QDialog::Rejected);
}
