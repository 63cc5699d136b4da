// The keyboard in the desktop app: a date field is one Tab stop, its sections go by arrow keys,
// and no two commands of one window share an Alt+letter (the menus count).

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QTranslator>

#include "FormDriving.h"
#include "UiTestLedger.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AgencyHandoverDialog.h"
#include "dialogs/AgingBucketDialog.h"
#include "dialogs/CreditApplicationsDialog.h"
#include "dialogs/CreditDialog.h"
#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/CustomerDialog.h"
#include "dialogs/DunningLevelsDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/InvoiceDialog.h"
#include "dialogs/NewCompanyDialog.h"
#include "dialogs/PlanWizard.h"
#include "dialogs/RecurringDialog.h"
#include "dialogs/RecurringPreviewDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TemplateEditorDialog.h"
#include "dialogs/VoidDialog.h"
#include "dialogs/WriteOffDialog.h"
#include "domain/Clock.h"
#include "dunning/DunningLevelService.h"
#include "ledger/CustomerService.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "views/LedgerPage.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdit.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::type;
using ardesk::test::UiTestLedger;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return value.toStdString(); }
};
} // namespace Catch

namespace {

std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-10-01,2026-10-15,100.00\n"
                                      "INV-2,C0001,2026-10-20,2026-11-15,250.00\n");
}

// Every Alt+letter that works in `window` as it is on screen, with who answers it: the menu
// bar's menus, buttons, labels with a buddy, group boxes and tabs. Hidden widgets (a page
// behind another, a row not shown) answer nothing and are left out.
QMultiMap<QString, QString> mnemonics(QWidget& window)
{
    QMultiMap<QString, QString> found;
    const auto add = [&found](const QString& text, const QObject* owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(QKeySequence::PortableText),
                         owner->objectName() + u" “"_s + text + u"”"_s);
    };
    for (QMenuBar* bar : window.findChildren<QMenuBar*>()) {
        for (QAction* menu : bar->actions()) {
            if (menu->isVisible())
                add(menu->text(), menu);
        }
    }
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), button);
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text(), label);
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title(), group);
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), tabs);
            }
        }
    }
    return found;
}

// The Alt+letters more than one widget of `window` answers, with who.
QStringList clashes(QWidget& window)
{
    const QMultiMap<QString, QString> found = mnemonics(window);
    QStringList result;
    for (const QString& key : found.uniqueKeys()) {
        const QStringList owners = found.values(key);
        if (owners.size() > 1)
            result.append(key + u": "_s + owners.join(u", "_s));
    }
    return result;
}

// The Alt+letters (letters, once a menu is open) more than one entry of a menu of `window`'s
// menu bar answers, menu by menu; submenus are menus of their own.
QStringList menuClashes(QWidget& window)
{
    QStringList result;
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        QMultiMap<QString, QString> found;
        for (QAction* action : menu->actions()) {
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (!key.isEmpty())
                found.insert(key.toString(QKeySequence::PortableText), action->text());
        }
        for (const QString& key : found.uniqueKeys()) {
            if (found.count(key) > 1)
                result.append(menu->title() + u" "_s + key + u": "_s +
                              QStringList(found.values(key)).join(u", "_s));
        }
    }
    return result;
}

} // namespace

TEST_CASE("A date field is one Tab stop: the amount typed after it goes into the amount",
          "[ui][keyboard]")
{
    const ClockOverride clock(QDate(2026, 12, 6));
    UiTestLedger ledger(10);
    auto session = openSession(ledger);
    InvoiceDialog dialog(*session);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    type(dialog, u"customerLineEdit"_s, u"C0001"_s);
    auto* issued = child<DateEdit>(dialog, u"issueDateEdit"_s);
    auto* due = child<DateEdit>(dialog, u"dueDateEdit"_s);
    auto* amount = child<QLineEdit>(dialog, u"amountLineEdit"_s);
    auto* description = child<QLineEdit>(dialog, u"descriptionLineEdit"_s);
    const QDate dueBefore = due->date();

    // The user tabs into the issue date, types over its first section, and tabs on.
    child<QLineEdit>(dialog, u"numberLineEdit"_s)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == issued);
    REQUIRE(issued->currentSectionIndex() == 0);
    const QDate typed = issued->currentSection() == QDateTimeEdit::DaySection ? QDate(2026, 12, 20)
                                                                              : QDate(2026, 11, 6);
    QTest::keyClicks(issued,
                     issued->currentSection() == QDateTimeEdit::DaySection ? u"20"_s : u"11"_s);
    QTest::keyClick(issued, Qt::Key_Tab);
    INFO("issue date field: " << issued->text().toStdString());
    CHECK(issued->date() == typed);
    // The due date is one stop, whichever of its sections holds the cursor.
    REQUIRE(QApplication::focusWidget() == due);
    const QDate dueForTerms = due->date();
    CHECK(dueForTerms == typed.addDays(14));
    QTest::keyClick(due, Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == amount);
    QTest::keyClicks(QApplication::focusWidget(), u"125.00"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == description);
    QTest::keyClicks(QApplication::focusWidget(), u"Winter stock"_s);

    CHECK(due->date() == dueForTerms);
    CHECK(dueForTerms != dueBefore);
    CHECK(amount->text() == u"125.00"_s);
    CHECK(description->text() == u"Winter stock"_s);

    // Backtab from the amount goes back to the whole due date, and on to the issue date.
    amount->setFocus(Qt::TabFocusReason);
    QTest::keyClick(amount, Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == due);
    QTest::keyClick(due, Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == issued);
}

TEST_CASE("A date field's sections go by the arrow keys", "[ui][keyboard]")
{
    DateEdit edit(QDate(2026, 11, 20));
    edit.show();
    QApplication::setActiveWindow(&edit);
    REQUIRE(QTest::qWaitForWindowActive(&edit));
    edit.setFocus(Qt::TabFocusReason);
    REQUIRE(edit.sectionCount() == 3);
    CHECK(edit.currentSectionIndex() == 0);
    QTest::keyClick(&edit, Qt::Key_Right);
    CHECK(edit.currentSectionIndex() == 1);
    QTest::keyClick(&edit, Qt::Key_Right);
    CHECK(edit.currentSectionIndex() == 2);
    // The last section stays the last; the field keeps the focus.
    QTest::keyClick(&edit, Qt::Key_Right);
    CHECK(edit.currentSectionIndex() == 2);
    CHECK(edit.hasFocus());
    // Up steps the section selected: the year here.
    QTest::keyClick(&edit, Qt::Key_Up);
    CHECK(edit.date() == QDate(2027, 11, 20));
    QTest::keyClick(&edit, Qt::Key_Left);
    QTest::keyClick(&edit, Qt::Key_Left);
    CHECK(edit.currentSectionIndex() == 0);
    QTest::keyClick(&edit, Qt::Key_Left);
    CHECK(edit.currentSectionIndex() == 0);
    CHECK(edit.hasFocus());
}

TEST_CASE("Every date field of the app is a DateEdit", "[ui][keyboard]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    auto session = openSession(ledger);
    InvoiceDialog invoice(*session);
    CreditDialog payment(Credit::Kind::Payment, *session);
    WriteOffDialog writeOff(*session, u"INV-1"_s, u"Zephyr Bakery"_s);
    RecurringDialog recurring(*session);
    RecurringPreviewDialog preview(QDate(2026, 12, 6));
    PlanWizard plan(*session);
    VoidDialog voiding(u"INV-1"_s, QDate(2026, 12, 1),
                       [](QDate, const QString&) -> ardesk::Result<void> { return {}; });
    CreditApplicationsDialog applications(*session, Credit::Kind::Payment, u"P-1"_s);
    for (const QObject* parent :
         std::initializer_list<const QObject*>{&window, &invoice, &payment, &writeOff, &recurring,
                                               &preview, &plan, &voiding, &applications}) {
        for (const QDateEdit* edit : parent->findChildren<QDateEdit*>()) {
            INFO(edit->objectName().toStdString());
            CHECK(qobject_cast<const DateEdit*>(edit) != nullptr);
        }
    }
}

TEST_CASE("No two commands of the main window share an Alt+letter, on any page", "[ui][keyboard]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    MainWindow window;
    window.setRemembersSettings(false);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));
    for (LedgerPage* page : window.findChildren<LedgerPage*>()) {
        window.showPage(page);
        REQUIRE(page->isVisible());
        INFO("the " << page->pageId().toStdString() << " page");
        CHECK(clashes(window) == QStringList());
    }
    // Within an open menu, each letter picks one entry.
    CHECK(menuClashes(window) == QStringList());
}

TEST_CASE("No two commands of the main window share an Alt+letter in any shipped language",
          "[ui][keyboard][i18n]")
{
    const char* language = GENERATE("de", "fr", "es");
    INFO("in " << language);
    QTranslator translator;
    REQUIRE(UiLanguage::loadTranslation(translator, QLocale(QString::fromLatin1(language)),
                                        QStringLiteral(ARDESK_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    {
        UiTestLedger ledger(10);
        loadInvoices(ledger);
        MainWindow window;
        window.setRemembersSettings(false);
        window.show();
        REQUIRE(window.openLedger(ledger.path()));
        for (LedgerPage* page : window.findChildren<LedgerPage*>()) {
            window.showPage(page);
            INFO("the " << page->pageId().toStdString() << " page");
            CHECK(clashes(window) == QStringList());
        }
        CHECK(menuClashes(window) == QStringList());
    }
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("No two commands of a dialog share an Alt+letter", "[ui][keyboard]")
{
    const ClockOverride clock(QDate(2026, 12, 6));
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const auto customer = session->customers().findByCode(u"C0001"_s);
    REQUIRE(customer.has_value());
    const auto levels = session->dunningLevels().levels();
    REQUIRE(levels.has_value());
    const QDate today = Clock::today();

    const QList<std::pair<const char*, std::function<QDialog*()>>> dialogs{
        {"New Invoice", [&] { return new InvoiceDialog(*session); }},
        {"Record Payment", [&] { return new CreditDialog(Credit::Kind::Payment, *session); }},
        {"New Credit Note", [&] { return new CreditDialog(Credit::Kind::CreditNote, *session); }},
        {"Write Off", [&] { return new WriteOffDialog(*session, u"INV-1"_s, customer->name); }},
        {"New Customer",
         [&] { return new CustomerDialog(session->customers(), customer->currency); }},
        {"Edit Customer", [&] { return new CustomerDialog(session->customers(), *customer); }},
        {"Customer", [&] { return new CustomerDetailDialog(*session, customer->id, today); }},
        {"Settings", [&] { return new SettingsDialog(session.get()); }},
        {"Dunning Levels", [&] { return new DunningLevelsDialog(*session); }},
        {"Letter Templates", [&] { return new TemplateEditorDialog(*session, *levels); }},
        {"Recurring Invoice", [&] { return new RecurringDialog(*session); }},
        {"Create Due Invoices", [&] { return new RecurringPreviewDialog(today); }},
        {"New Plan", [&] { return new PlanWizard(*session); }},
        {"Import", [&] { return new ImportWizard(ledger.path()); }},
        {"New Company", [&] { return new NewCompanyDialog; }},
        {"Aging Bucket", [&] { return new AgingBucketDialog; }},
        {"Promise to Pay",
         [&] {
             return new ActivityDialog(session->activities(), *customer, ActivityKind::Promise, {},
                                       today);
         }},
        {"Dispute",
         [&] {
             return new ActivityDialog(session->activities(), *customer, ActivityKind::Dispute, {},
                                       today);
         }},
        {"Hand Over",
         [&] {
             return new AgencyHandoverDialog(session->agency(), *customer, std::nullopt, today);
         }},
    };
    for (const auto& [name, make] : dialogs) {
        INFO("the " << name << " dialog");
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        CHECK(clashes(*dialog) == QStringList());
    }
}
