#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "DefaultLocale.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/PlanCustomerPage.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PlanTermsEditor.h"
#include "dialogs/PlanTermsPage.h"
#include "dialogs/PlanWizard.h"
#include "dialogs/RescheduleDialog.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "models/InstallmentModel.h"
#include "models/PlanListModel.h"
#include "models/PlanScheduleModel.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "text/NumberFormat.h"
#include "views/PlansPage.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::PlanFrequency;
using ardesk::PlanId;
using ardesk::PlanListModel;
using ardesk::PlanScheduleModel;
using ardesk::PlanStatus;
using ardesk::test::UiTestLedger;

namespace {

// Read when a case runs: the test main may have set the clock after static initialisation.
QDate today()
{
    return ardesk::Clock::today();
}

QByteArray iso(int daysFromToday)
{
    return today().addDays(daysFromToday).toString(Qt::ISODate).toLatin1();
}

// Relative to today, as the wizard and the plan view work as of today:
//   INV-1 C0001 Zephyr Bakery  1000.00, issued 60 days ago
//   INV-2 C0001 Zephyr Bakery   500.00, issued 40 days ago
//   INV-3 C0004 Ärzte Bedarf    250.00, issued 20 days ago
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001," +
                    iso(-60) + "," + iso(-30) +
                    ",1000.00\n"
                    "INV-2,C0001," +
                    iso(-40) + "," + iso(-10) +
                    ",500.00\n"
                    "INV-3,C0004," +
                    iso(-20) + "," + iso(10) + ",250.00\n");
}

std::unique_ptr<ardesk::LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

ardesk::PlanRequest request(const QString& customer, const QStringList& invoices, int k, QDate date,
                            QDate firstDue)
{
    return {.customerCode = customer,
            .invoiceNumbers = invoices,
            .allOpen = invoices.isEmpty(),
            .schedule = {.date = date,
                         .installments = k,
                         .frequency = PlanFrequency::Monthly,
                         .firstDue = firstDue}};
}

qint64 create(ardesk::LedgerSession& session, const ardesk::PlanRequest& request)
{
    const auto plan = session.plans().create(request);
    INFO((plan ? QString() : plan.error().detail).toStdString());
    REQUIRE(plan.has_value());
    return plan->plan.id.value;
}

template <typename T>
T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// "n due amount" per row of a schedule, for comparing what the UI shows with the core.
QStringList describe(const QList<ardesk::ScheduledInstallment>& schedule)
{
    QStringList rows;
    for (const auto& installment : schedule)
        rows.append(u"%1 %2 %3"_s.arg(installment.number)
                        .arg(installment.dueDate.toString(Qt::ISODate))
                        .arg(installment.amountMinor));
    return rows;
}

void setSpinBox(QSpinBox* spinBox, int value)
{
    spinBox->setFocus();
    spinBox->selectAll();
    QTest::keyClicks(spinBox, QString::number(value));
    REQUIRE(spinBox->value() == value);
}

void setLineEdit(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
    REQUIRE(field->text() == text);
}

// Screenshots for people to look at, when ARDESK_SHOTS_DIR names a folder.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    CHECK(widget->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

TEST_CASE("The plan list shows every plan as of today, filtered and sorted", "[ui][plans]")
{
    UiTestLedger ledger(6);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const qint64 zephyr = create(
        *session, request(u"C0001"_s, {u"INV-1"_s}, 4, today().addDays(-50), today().addDays(-40)));
    const qint64 arzte =
        create(*session, request(u"C0004"_s, {}, 2, today().addDays(-5), today().addDays(25)));
    REQUIRE(session->plans().cancel(PlanId{arzte}, today()).has_value());

    PlanListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto plans = session->plans().list(today());
    REQUIRE(plans.has_value());
    model.setPlans(*plans);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == PlanListModel::ColumnCount);

    const QLocale locale;
    const auto eur = *ardesk::CurrencyCode::fromCode(u"EUR");
    // Zephyr: 4 × 250.00 monthly, the first due 40 days ago: two overdue, none paid.
    const QModelIndex first = model.index(0, 0);
    CHECK(first.data(PlanListModel::PlanIdRole).toLongLong() == zephyr);
    CHECK(model.index(0, PlanListModel::Customer).data().toString() == u"Zephyr Bakery"_s);
    CHECK(model.index(0, PlanListModel::Total).data().toString() ==
          ardesk::NumberFormat::money(100000, eur, locale));
    CHECK(model.index(0, PlanListModel::Paid).data().toString() ==
          ardesk::NumberFormat::money(0, eur, locale));
    CHECK(model.index(0, PlanListModel::Open).data(PlanListModel::SortRole).toLongLong() == 100000);
    CHECK(model.index(0, PlanListModel::NextDue).data(PlanListModel::SortRole).toDate() ==
          today().addDays(-40));
    CHECK(model.index(0, PlanListModel::Status).data().toString() ==
          PlanListModel::statusText(PlanStatus::Active));
    CHECK(model.index(1, PlanListModel::Status).data().toString() ==
          PlanListModel::statusText(PlanStatus::Cancelled));
    CHECK(model.index(1, PlanListModel::Open).data().toString().isEmpty());
    CHECK(model.index(1, PlanListModel::Total).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));

    SECTION("filtered by status")
    {
        model.setFilter(PlanStatus::Cancelled, QString());
        REQUIRE(model.rowCount() == 1);
        CHECK(model.planAt(0)->plan.id.value == arzte);
        model.setFilter(PlanStatus::Defaulted, QString());
        CHECK(model.rowCount() == 0);
    }
    SECTION("searched by customer name or code, case-insensitively")
    {
        model.setFilter(std::nullopt, u"zEPH"_s);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.planAt(0)->plan.id.value == zephyr);
        model.setFilter(std::nullopt, u"c0004"_s);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.planAt(0)->plan.id.value == arzte);
    }
    SECTION("sorted through a proxy on the raw values")
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PlanListModel::SortRole);
        proxy.sort(PlanListModel::Date, Qt::DescendingOrder);
        CHECK(proxy.index(0, 0).data(PlanListModel::PlanIdRole).toLongLong() == arzte);
        proxy.sort(PlanListModel::Total, Qt::DescendingOrder);
        CHECK(proxy.index(0, 0).data(PlanListModel::PlanIdRole).toLongLong() == zephyr);
    }
}

TEST_CASE("The schedule preview model shows the core's schedule", "[ui][plans]")
{
    PlanScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto eur = *ardesk::CurrencyCode::fromCode(u"EUR");
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const ardesk::test::DefaultLocale defaultLocale(locale);

    SECTION("amortized: 1000.00 at 12% over 12 months is 11 × 88.85 and 88.84 (spec)")
    {
        const auto schedule =
            ardesk::PlanSchedule::compute({.totalMinor = 100000,
                                           .downPaymentMinor = 0,
                                           .installments = 12,
                                           .frequency = PlanFrequency::Monthly,
                                           .planDate = QDate(2025, 1, 1),
                                           .firstDue = QDate(2025, 1, 31),
                                           .annualRate = *ardesk::AnnualRate::parse(u"12")});
        REQUIRE(schedule.has_value());
        model.setSchedule(*schedule, eur);
        REQUIRE(model.rowCount() == 12);
        CHECK(model.hasInterest());
        CHECK(model.index(0, PlanScheduleModel::Amount).data().toString() == u"88.85"_s);
        CHECK(model.index(0, PlanScheduleModel::Interest).data().toString() == u"10.00"_s);
        CHECK(model.index(0, PlanScheduleModel::Principal).data().toString() == u"78.85"_s);
        CHECK(model.index(11, PlanScheduleModel::Amount).data().toString() == u"88.84"_s);
        CHECK(model.index(1, PlanScheduleModel::DueDate).data().toString() ==
              locale.toString(QDate(2025, 2, 28), QLocale::ShortFormat));
    }
    SECTION("with a down payment and no interest")
    {
        const auto schedule = ardesk::PlanSchedule::compute({.totalMinor = 100000,
                                                             .downPaymentMinor = 10000,
                                                             .installments = 2,
                                                             .frequency = PlanFrequency::Weekly,
                                                             .planDate = QDate(2025, 1, 1),
                                                             .firstDue = QDate(2025, 1, 8)});
        REQUIRE(schedule.has_value());
        model.setSchedule(*schedule, eur);
        REQUIRE(model.rowCount() == 3);
        CHECK_FALSE(model.hasInterest());
        CHECK(column(&model, PlanScheduleModel::Number) ==
              QStringList{PlanScheduleModel::numberText(0), u"1"_s, u"2"_s});
        CHECK(column(&model, PlanScheduleModel::Amount) ==
              QStringList{u"100.00"_s, u"450.00"_s, u"450.00"_s});
        model.clear();
        CHECK(model.rowCount() == 0);
    }
}

TEST_CASE("The plan wizard creates the plan its preview shows", "[ui][plans]")
{
    UiTestLedger ledger(6);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const auto eur = *ardesk::CurrencyCode::fromCode(u"EUR");
    ardesk::PlanWizard wizard(*session);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // Page 1: the customer, then only INV-1 of its two open invoices.
    auto* search = child<QLineEdit>(&wizard, u"customerSearchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"Zephyr"_s);
    QTest::keyClick(search, Qt::Key_Down);
    // The search is read in the background; Down selects its first customer when it arrives.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto& customer = wizard.customerPage()->customer();
            return customer && customer->code == u"C0001"_s;
        },
        ardesk::test::listReadTimeoutMs));
    CHECK(wizard.customerPage()->customer()->code == u"C0001"_s);
    auto* cover = child<QLabel>(&wizard, u"coverLabel"_s);
    CHECK(cover->text().contains(ardesk::NumberFormat::money(150000, eur, QLocale())));
    shoot(&wizard, u"wizard-1-customer"_s);
    child<QCheckBox>(&wizard, u"allOpenCheckBox"_s)->setChecked(false);
    auto* invoices = qobject_cast<QStandardItemModel*>(
        child<QTableView>(&wizard, u"invoicesTableView"_s)->model());
    REQUIRE(invoices != nullptr);
    REQUIRE(invoices->rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        QStandardItem* item = invoices->item(row, 0);
        item->setCheckState(item->text() == u"INV-1"_s ? Qt::Checked : Qt::Unchecked);
    }
    CHECK(wizard.customerPage()->invoiceNumbers() == QStringList{u"INV-1"_s});
    CHECK(cover->text().contains(ardesk::NumberFormat::money(100000, eur, QLocale())));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == ardesk::PlanWizard::TermsPageId);

    // Page 2: the preview follows K and the frequency, and is the core's schedule.
    ardesk::PlanTermsEditor* editor = wizard.termsPage()->editor();
    auto* preview = child<QTableView>(editor, u"previewTableView"_s)->model();
    auto* count = child<QSpinBox>(editor, u"installmentsSpinBox"_s);
    auto* frequency = child<QComboBox>(editor, u"frequencyComboBox"_s);
    const auto corePreview = [&] {
        return session->plans().preview(wizard.customerPage()->request(editor->request()));
    };
    setSpinBox(count, 3);
    REQUIRE(preview->rowCount() == 3);
    CHECK(column(preview, PlanScheduleModel::Amount) ==
          QStringList{u"333.33"_s, u"333.33"_s, u"333.34"_s});
    frequency->setCurrentIndex(frequency->findData(static_cast<int>(PlanFrequency::Weekly)));
    setSpinBox(count, 4);
    REQUIRE(preview->rowCount() == 4);
    const QDate firstDue = child<QDateEdit>(editor, u"firstDueDateEdit"_s)->date();
    CHECK(preview->index(1, PlanScheduleModel::DueDate).data().toString() ==
          QLocale().toString(firstDue.addDays(7), QLocale::ShortFormat));
    auto expected = corePreview();
    REQUIRE(expected.has_value());
    REQUIRE(editor->preview().has_value());
    CHECK(describe(editor->preview()->schedule) == describe(expected->schedule));
    CHECK(column(preview, PlanScheduleModel::Amount) ==
          QStringList{u"250.00"_s, u"250.00"_s, u"250.00"_s, u"250.00"_s});

    SECTION("an invalid field says why and keeps the wizard from finishing")
    {
        auto* fee = child<QLineEdit>(editor, u"feeLineEdit"_s);
        setLineEdit(fee, u"12x"_s);
        CHECK_FALSE(editor->isValid());
        CHECK(preview->rowCount() == 0);
        CHECK_FALSE(child<QLabel>(editor, u"problemLabel"_s)->text().isEmpty());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
        CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
        shoot(&wizard, u"wizard-2-invalid"_s);
        setLineEdit(fee, QString());
        CHECK(wizard.button(QWizard::NextButton)->isEnabled());

        // A down payment of the whole amount is the core's refusal, shown the same way.
        setLineEdit(child<QLineEdit>(editor, u"downPaymentLineEdit"_s), u"1000"_s);
        CHECK_FALSE(editor->isValid());
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    }
    SECTION("finishing stores exactly the previewed plan")
    {
        setLineEdit(child<QLineEdit>(editor, u"feeLineEdit"_s), u"20"_s);
        setLineEdit(child<QLineEdit>(editor, u"annualRateLineEdit"_s), u"6.5"_s);
        REQUIRE(editor->isValid());
        CHECK(editor->scheduleModel()->hasInterest());
        expected = corePreview();
        REQUIRE(expected.has_value());
        CHECK(describe(editor->preview()->schedule) == describe(expected->schedule));
        shoot(&wizard, u"wizard-2-terms"_s);
        wizard.next();
        REQUIRE(wizard.currentId() == ardesk::PlanWizard::SummaryPageId);
        CHECK(child<QLabel>(&wizard, u"summaryLabel"_s)->text().contains(u"INV-1"_s));
        shoot(&wizard, u"wizard-3-summary"_s);
        QPushButton* finish = qobject_cast<QPushButton*>(wizard.button(QWizard::FinishButton));
        REQUIRE(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        REQUIRE(wizard.result() == QDialog::Accepted);
        REQUIRE(wizard.createdPlan().has_value());

        const auto plans = session->plans().list(today());
        REQUIRE(plans.has_value());
        REQUIRE(plans->size() == 1);
        const ardesk::PlanView& plan = plans->first();
        CHECK(plan.plan.customerCode == u"C0001"_s);
        CHECK(plan.plan.installments == 4);
        CHECK(plan.plan.frequency == PlanFrequency::Weekly);
        CHECK(plan.plan.feeMinor == 2000);
        CHECK(plan.plan.annualRate == u"6.5"_s);
        CHECK(plan.plan.coveredMinor == 100000);
        QList<ardesk::ScheduledInstallment> stored;
        for (const auto& row : plan.installments)
            stored.append({row.number, row.dueDate, row.amountMinor, 0});
        CHECK(describe(stored) == describe(expected->schedule));
        // INV-2 was not ticked and stays off the plan.
        const auto rest = session->plans().coverableInvoices(u"C0001"_s, today());
        REQUIRE(rest.has_value());
        REQUIRE(rest->size() == 1);
        CHECK(rest->first().number == u"INV-2"_s);
    }
}

TEST_CASE("The plan view reschedules and cancels a plan", "[ui][plans]")
{
    UiTestLedger ledger(6);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const qint64 planId =
        create(*session, request(u"C0001"_s, {}, 3, today().addDays(-20), today().addDays(-10)));

    ardesk::PlanDialog dialog(session->plans(), PlanId{planId});
    REQUIRE(dialog.hasPlan());
    dialog.show();
    auto* installments = child<QTableView>(&dialog, u"installmentsTableView"_s);
    REQUIRE(installments->model()->rowCount() == 3);
    CHECK(installments->model()->index(0, 5).data().toString() ==
          ardesk::InstallmentModel::statusText(ardesk::InstallmentStatus::Overdue));
    shoot(&dialog, u"plan-view"_s);

    SECTION("Reschedule… moves what is open to a new plan and keeps the old as history")
    {
        bool driven = false;
        QTimer::singleShot(0, [&] {
            auto* reschedule =
                qobject_cast<ardesk::RescheduleDialog*>(QApplication::activeModalWidget());
            REQUIRE(reschedule != nullptr);
            ardesk::PlanTermsEditor* editor = reschedule->editor();
            auto* ok = child<QPushButton>(reschedule, u"rescheduleOkButton"_s);
            CHECK(ok->isEnabled());
            setLineEdit(child<QLineEdit>(editor, u"annualRateLineEdit"_s), u"x"_s);
            CHECK_FALSE(ok->isEnabled());
            setLineEdit(child<QLineEdit>(editor, u"annualRateLineEdit"_s), QString());
            setSpinBox(child<QSpinBox>(editor, u"installmentsSpinBox"_s), 5);
            auto* preview = child<QTableView>(editor, u"previewTableView"_s)->model();
            CHECK(preview->rowCount() == 5);
            REQUIRE(editor->preview().has_value());
            CHECK(editor->preview()->totalMinor == 150000);
            const auto expected =
                session->plans().previewReschedule(PlanId{planId}, editor->request());
            REQUIRE(expected.has_value());
            CHECK(describe(editor->preview()->schedule) == describe(expected->schedule));
            shoot(reschedule, u"reschedule"_s);
            QTest::mouseClick(ok, Qt::LeftButton);
            driven = true;
        });
        QTest::mouseClick(child<QPushButton>(&dialog, u"rescheduleButton"_s), Qt::LeftButton);
        REQUIRE(driven);
        CHECK(dialog.changedLedger());
        REQUIRE(dialog.planId().value != planId);

        const auto now = session->plans().show(dialog.planId(), today());
        REQUIRE(now.has_value());
        CHECK(now->plan.replacesPlanId.value == planId);
        CHECK(now->installments.size() == 5);
        CHECK(now->openMinor == 150000);
        const auto old = session->plans().show(PlanId{planId}, today());
        REQUIRE(old.has_value());
        CHECK(old->status == PlanStatus::Rescheduled);
        CHECK(installments->model()->rowCount() == 5);
        auto* tabs = child<QTabWidget>(&dialog, u"scheduleTabWidget"_s);
        REQUIRE(tabs->count() == 2);
        CHECK(
            child<QTableView>(&dialog, u"historyTableView%1"_s.arg(planId))->model()->rowCount() ==
            3);
        shoot(&dialog, u"plan-view-rescheduled"_s);
    }
    SECTION("Cancel Plan… asks first, then gives the invoices back")
    {
        ardesk::MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&dialog, u"cancelPlanButton"_s), Qt::LeftButton);
        CHECK_FALSE(dialog.changedLedger());
        CHECK(session->plans().show(PlanId{planId}, today())->status == PlanStatus::Active);

        ardesk::MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, u"cancelPlanButton"_s), Qt::LeftButton);
        CHECK(dialog.changedLedger());
        CHECK(session->plans().show(PlanId{planId}, today())->status == PlanStatus::Cancelled);
        const auto back = session->plans().coverableInvoices(u"C0001"_s, today());
        REQUIRE(back.has_value());
        CHECK(back->size() == 2);
        CHECK_FALSE(child<QPushButton>(&dialog, u"cancelPlanButton"_s)->isEnabled());
    }
}

TEST_CASE("The Plans page lists, filters and opens plans", "[ui][plans]")
{
    UiTestLedger ledger(6);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    ardesk::PlansPage page;
    page.resize(1100, 500);
    page.setSession(session.get());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.statusText() == u"Plans: 0"_s);

    create(*session,
           request(u"C0001"_s, {u"INV-1"_s}, 4, today().addDays(-50), today().addDays(-40)));
    create(*session, request(u"C0004"_s, {}, 2, today().addDays(-5), today().addDays(25)));
    page.reload();
    page.show();
    REQUIRE(page.model()->rowCount() == 2);
    shoot(&page, u"plans-page"_s);

    auto* search = child<QLineEdit>(&page, u"planSearchLineEdit"_s);
    QTest::keyClicks(search, u"BEDARF"_s);
    CHECK(page.model()->rowCount() == 1);
    CHECK(page.statusText() == u"Plans: 1 of 2"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(page.model()->rowCount() == 2);
    auto* status = child<QComboBox>(&page, u"statusFilterComboBox"_s);
    status->setCurrentIndex(status->findText(PlanListModel::statusText(PlanStatus::Completed)));
    CHECK(page.model()->rowCount() == 0);
    status->setCurrentIndex(0);
    CHECK(page.model()->rowCount() == 2);
}

TEST_CASE("A partly paid installment past its due date says it is overdue too", "[ui][plans]")
{
    ardesk::InstallmentModel model;
    const auto row = [](ardesk::InstallmentStatus status, qint64 daysOverdue) {
        return ardesk::InstallmentRow{.number = 1,
                                      .dueDate = QDate(2026, 10, 27),
                                      .amountMinor = 30000,
                                      .paidMinor = 10000,
                                      .openMinor = 20000,
                                      .status = status,
                                      .daysOverdue = daysOverdue};
    };
    model.setInstallments({row(ardesk::InstallmentStatus::Partial, 40),
                           row(ardesk::InstallmentStatus::Partial, 0),
                           row(ardesk::InstallmentStatus::Overdue, 40)},
                          ardesk::CurrencyCode::fromCode(u"EUR"_s).value());
    const auto status = [&model](int r) {
        return model.index(r, ardesk::InstallmentModel::Status).data().toString();
    };
    // "day(s)": the English plural forms come with the application's .qm, not loaded here.
    CHECK(status(0) == u"Partly paid, 40 day(s) overdue"_s);
    CHECK(status(1) == ardesk::InstallmentModel::statusText(ardesk::InstallmentStatus::Partial));
    CHECK(status(2) == ardesk::InstallmentModel::statusText(ardesk::InstallmentStatus::Overdue));
}

TEST_CASE("The plan view's terms name the down payment", "[ui][plans]")
{
    UiTestLedger ledger(6);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    ardesk::PlanRequest asked =
        request(u"C0001"_s, {}, 3, today().addDays(-20), today().addDays(-10));
    asked.schedule.downPayment = u"100.00"_s;
    const qint64 planId = create(*session, asked);

    ardesk::PlanDialog dialog(session->plans(), PlanId{planId});
    REQUIRE(dialog.hasPlan());
    const QString terms = child<QLabel>(&dialog, u"termsValueLabel"_s)->text();
    INFO(terms.toStdString());
    CHECK(terms.contains(u"; down payment 100.00 EUR on the plan date"_s));
}
