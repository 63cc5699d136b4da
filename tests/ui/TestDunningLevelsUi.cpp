// Collections > Dunning Levels and Letter Templates: the dialogs driven by object name, what
// they save read back through the core.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "DefaultLocale.h"
#include "FormDriving.h"
#include "MessageBoxShot.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "UiTestLedger.h"
#include "dialogs/DunningLevelsDialog.h"
#include "dialogs/TemplateEditorDialog.h"
#include "dunning/DunningLevelService.h"
#include "ledger/CustomerService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterTemplateService.h"
#include "models/DunningLevelModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"
#include "widgets/LetterPreview.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::UiTestLedger;

using ardesk::test::child;

namespace {

// Far longer than the preview's typing delay, so that only a preview that never comes fails.
constexpr int previewTimeoutMs = 10'000;

std::unique_ptr<LedgerSession> openSession(const QString& path)
{
    auto session = LedgerSession::open(path);
    REQUIRE(session.has_value());
    return std::move(*session);
}

// The levels as the ledger has them, through a connection of its own.
QList<DunningLevel> savedLevels(const QString& path)
{
    auto database = Database::open(path);
    REQUIRE(database.has_value());
    auto levels = DunningLevelService(**database).levels();
    REQUIRE(levels.has_value());
    return *levels;
}

LetterTemplates savedTemplates(const QString& path)
{
    auto database = Database::open(path);
    REQUIRE(database.has_value());
    auto templates = LetterTemplateService(**database).templates();
    REQUIRE(templates.has_value());
    return *templates;
}

void selectLevel(const QWidget& dialog, int row)
{
    auto* table = child<QTableView>(dialog, u"levelsTableView"_s);
    table->setCurrentIndex(table->model()->index(row, 1));
}

void retype(const QWidget& dialog, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    REQUIRE(edit->text() == text);
}

void setDays(const QWidget& dialog, int days)
{
    auto* spin = child<QSpinBox>(dialog, u"daysSpinBox"_s);
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(days));
    REQUIRE(spin->value() == days);
}

QPushButton* saveButton(const QWidget& dialog)
{
    return child<QPushButton>(dialog, u"saveButton"_s);
}

// What the template editor's preview says: the note over the pages, then the letter's words.
QString previewText(const QWidget& dialog)
{
    return child<QLabel>(dialog, u"sampleNoteLabel"_s)->text() + u'\n' +
           child<LetterPreview>(dialog, u"letterPreview"_s)->text();
}

// The preview once the template editor has rendered it: typing restarts its delay timer, whose
// timeout renders it; choosing a customer renders it at once.
QString previewAfterTyping(const QWidget& dialog)
{
    const auto* timer = child<QTimer>(dialog, u"previewTimer"_s);
    REQUIRE(QTest::qWaitFor([timer] { return !timer->isActive(); }, previewTimeoutMs));
    return previewText(dialog);
}

// Before a screenshot: the window is on screen and the layout requests the last change queued
// are handled (grab() paints at once, but lays out only a hidden widget).
void settle(QWidget& widget)
{
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Dunning levels: level 2's days, fee and interest are saved", "[ui][dunning]")
{
    const test::DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    DunningLevelsDialog dialog(*session);
    dialog.show();
    CHECK(child<QTableView>(dialog, u"levelsTableView"_s)->model()->rowCount() == 5);
    CHECK(child<QLabel>(dialog, u"feeCurrencyLabel"_s)->text() == u"EUR"_s);

    selectLevel(dialog, 2); // row 0 is the courtesy level
    CHECK(child<QLineEdit>(dialog, u"nameLineEdit"_s)->text() == u"Second reminder"_s);
    retype(dialog, u"nameLineEdit"_s, u"Zweite Mahnung"_s);
    setDays(dialog, 20);
    retype(dialog, u"feeLineEdit"_s, u"1.234,50"_s);
    auto* interest = child<QDoubleSpinBox>(dialog, u"interestSpinBox"_s);
    interest->selectAll();
    QTest::keyClicks(interest, u"8,5"_s);
    auto* channel = child<QComboBox>(dialog, u"channelComboBox"_s);
    channel->setCurrentIndex(channel->findData(int(ReminderChannel::Both)));
    // The table follows the form, in the user's locale.
    const QAbstractItemModel* model = child<QTableView>(dialog, u"levelsTableView"_s)->model();
    CHECK(
        model->index(2, DunningLevelModel::FeeColumn).data().toString().startsWith(u"1.234,50"_s));

    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const QList<DunningLevel> levels = savedLevels(ledger.path());
    REQUIRE(levels.size() == 5);
    CHECK(levels.at(2).name == u"Zweite Mahnung"_s);
    CHECK(levels.at(2).daysOverdue == 20);
    CHECK(levels.at(2).feeMinor == 123450);
    CHECK(levels.at(2).annualRateBasisPoints == 850);
    CHECK(levels.at(2).channel == ReminderChannel::Both);
    CHECK(levels.at(2).templateName == u"reminder-2"_s);
    // The other levels are as they were.
    CHECK(levels.at(1).daysOverdue == 1);
    CHECK(levels.at(3).daysOverdue == 30);
    CHECK(levels.at(3).feeMinor == 0);
}

TEST_CASE("Dunning levels someone else saved meanwhile are not overwritten unasked",
          "[ui][dunning]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    // Another bookkeeper, on the same ledger, sets a fee on level 3 while the dialog is open.
    auto other = openSession(ledger.path());
    const auto setFeeElsewhere = [&](qint64 feeMinor) {
        const QList<DunningLevel> read = *other->dunningLevels().levels();
        QList<DunningLevel> theirs = read;
        theirs[3].feeMinor = feeMinor;
        REQUIRE(other->dunningLevels().save(theirs, read));
    };
    const auto nameTo = [](DunningLevelsDialog& dialog, const QString& name) {
        selectLevel(dialog, 1);
        retype(dialog, u"nameLineEdit"_s, name);
    };

    DunningLevelsDialog dialog(*session);
    dialog.show();
    nameTo(dialog, u"Friendly reminder"_s);
    setFeeElsewhere(5'00);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    REQUIRE(MessageBoxes::lastShown().has_value());
    CHECK(MessageBoxes::lastShown()->title == u"Dunning Levels Changed Meanwhile"_s);
    // Nothing was written; the dialog shows theirs and stays open.
    CHECK(savedLevels(ledger.path()).at(1).name == u"Payment reminder"_s);
    CHECK(dialog.isVisible());
    const QAbstractItemModel* model = child<QTableView>(dialog, u"levelsTableView"_s)->model();
    CHECK(model->index(1, DunningLevelModel::NameColumn).data().toString() ==
          u"Payment reminder"_s);
    CHECK(model->index(3, DunningLevelModel::FeeColumn).data().toString().startsWith(u"5"_s));

    // Edited again over theirs: saved without a question, their fee kept.
    nameTo(dialog, u"Friendly reminder"_s);
    MessageBoxes::clearLastShown();
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    QList<DunningLevel> saved = savedLevels(ledger.path());
    CHECK(saved.at(1).name == u"Friendly reminder"_s);
    CHECK(saved.at(3).feeMinor == 5'00);

    // Changed again meanwhile, and this time saved over theirs on purpose.
    DunningLevelsDialog again(*session);
    again.show();
    nameTo(again, u"Kind reminder"_s);
    setFeeElsewhere(9'00);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(saveButton(again), Qt::LeftButton);
    CHECK(again.result() == QDialog::Accepted);
    saved = savedLevels(ledger.path());
    CHECK(saved.at(1).name == u"Kind reminder"_s);
    // The dialog's fee, not the one the other desk set meanwhile.
    CHECK(saved.at(3).feeMinor == 5'00);
}

TEST_CASE("Dunning levels: days out of order and an empty name are refused", "[ui][dunning]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    DunningLevelsDialog dialog(*session);
    dialog.show();
    auto* problem = child<QLabel>(dialog, u"problemLabel"_s);

    selectLevel(dialog, 2);
    setDays(dialog, 40); // level 3 is at 30
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problem->text().contains(u"Level 3"_s));
    CHECK(problem->text().contains(u"40"_s));
    dialog.accept(); // Enter lands here: refused while invalid
    CHECK(dialog.isVisible());
    CHECK(savedLevels(ledger.path()).at(2).daysOverdue == 15);

    setDays(dialog, 15);
    CHECK(saveButton(dialog)->isEnabled());
    child<QLineEdit>(dialog, u"nameLineEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), u" "_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    CHECK(problem->text().contains(u"Level 2"_s));

    retype(dialog, u"nameLineEdit"_s, u"Second reminder"_s);
    retype(dialog, u"feeLineEdit"_s, u"-5"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    retype(dialog, u"feeLineEdit"_s, u"5.001"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    retype(dialog, u"feeLineEdit"_s, u"5"_s);
    CHECK(saveButton(dialog)->isEnabled());
    CHECK(problem->text().isEmpty());
}

TEST_CASE("Dunning levels: a level added, the last removed", "[ui][dunning]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    DunningLevelsDialog dialog(*session);
    dialog.show();
    const QAbstractItemModel* model = child<QTableView>(dialog, u"levelsTableView"_s)->model();

    QTest::mouseClick(child<QPushButton>(dialog, u"addLevelButton"_s), Qt::LeftButton);
    REQUIRE(model->rowCount() == 6);
    // The new level is selected and reached later than level 4's 60 days.
    CHECK(child<QSpinBox>(dialog, u"daysSpinBox"_s)->value() == 90);
    retype(dialog, u"nameLineEdit"_s, u"Legal action"_s);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QList<DunningLevel> levels = savedLevels(ledger.path());
    REQUIRE(levels.size() == 6);
    CHECK(levels.last().level == 5);
    CHECK(levels.last().name == u"Legal action"_s);
    CHECK(levels.last().daysOverdue == 90);
    CHECK(levels.last().templateName == u"reminder-4"_s);

    DunningLevelsDialog again(*session);
    again.show();
    QTest::mouseClick(child<QPushButton>(again, u"removeLevelButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(again, u"removeLevelButton"_s), Qt::LeftButton);
    QTest::mouseClick(saveButton(again), Qt::LeftButton);
    levels = savedLevels(ledger.path());
    REQUIRE(levels.size() == 4);
    CHECK(levels.last().name == u"Final notice"_s);
}

TEST_CASE("Template editor: a typed field shows in the preview, saved for the letters",
          "[ui][templates]")
{
    UiTestLedger ledger(5);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-OLD,C0001,2020-01-01,2020-01-15,321.00\n");
    auto session = openSession(ledger.path());
    const QList<DunningLevel> levels = savedLevels(ledger.path());
    TemplateEditorDialog dialog(*session, levels, 2);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(dialog, u"templatePlainTextEdit"_s);
    CHECK(editor->toPlainText().contains(u"{{> reminder-items}}"_s));
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    // No customer chosen: sample items, and the preview says so.
    CHECK(previewText(dialog).contains(u"samples"_s));

    auto* picker = child<CustomerPicker>(dialog, u"customerPicker"_s);
    QTest::keyClicks(picker, u"C0001"_s);
    REQUIRE(picker->customer().has_value());
    QString preview = previewAfterTyping(dialog);
    CHECK(preview.contains(u"INV-OLD"_s));
    CHECK_FALSE(preview.contains(u"samples"_s));

    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"<p>Code: {{customer.code}}</p>"_s);
    preview = previewAfterTyping(dialog);
    CHECK(preview.contains(u"Code: C0001"_s));
    CHECK(child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());

    // A field from the list goes in at the cursor.
    auto* fields = child<QListWidget>(dialog, u"fieldsListWidget"_s);
    const auto found = fields->findItems(u"{{total_due}}"_s, Qt::MatchExactly);
    CHECK(fields->findItems(u"{{document}}"_s, Qt::MatchEndsWith).size() == 1);
    REQUIRE(found.size() == 1);
    fields->setCurrentItem(found.first());
    QTest::mouseClick(child<QPushButton>(dialog, u"insertFieldButton"_s), Qt::LeftButton);
    CHECK(editor->toPlainText().endsWith(u"{{customer.code}}</p>{{total_due}}"_s));

    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    const LetterTemplates templates = savedTemplates(ledger.path());
    REQUIRE(templates.isOverridden(u"reminder-2"_s, u"en"_s));
    CHECK(*templates.text(u"reminder-2"_s, u"en"_s) == editor->toPlainText());

    // The letters take the saved version.
    auto customer = session->customers().find(picker->customer()->id);
    REQUIRE(customer.has_value());
    ReminderNotice notice{.customer = customer->id,
                          .customerCode = customer->code,
                          .customerName = customer->name,
                          .customerEmail = {},
                          .customerAddress = {},
                          .language = u"en"_s,
                          .currency = customer->currency,
                          .asOf = QDate(2020, 3, 1),
                          .level = levels.at(2),
                          .items = {},
                          .totalOverdueMinor = 0,
                          .interestMinor = 0,
                          .feeMinor = 0,
                          .totalDueMinor = 0};
    const auto letter = LetterComposer({}, templates).reminder(notice);
    REQUIRE(letter.has_value());
    CHECK(letter->bodyHtml.contains(u"<p>Code: C0001</p>"_s));

    // Restore Default deletes the ledger's version.
    CHECK(child<QPushButton>(dialog, u"restoreDefaultButton"_s)->isEnabled());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, u"restoreDefaultButton"_s), Qt::LeftButton);
    CHECK_FALSE(savedTemplates(ledger.path()).isOverridden(u"reminder-2"_s, u"en"_s));
    CHECK(editor->toPlainText() == *LetterTemplates::builtIn(u"reminder-2"_s, u"en"_s));
}

TEST_CASE("Template editor: the page foot is edited like the other templates", "[ui][templates]")
{
    UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    const QList<DunningLevel> levels = savedLevels(ledger.path());
    TemplateEditorDialog dialog(*session, levels, 0);
    dialog.show();
    auto* choice = child<QComboBox>(dialog, u"levelComboBox"_s);
    const int foot = choice->findData(LetterTemplates::footName());
    REQUIRE(foot >= 0);
    choice->setCurrentIndex(foot);
    Q_EMIT choice->activated(foot);
    auto* editor = child<QPlainTextEdit>(dialog, u"templatePlainTextEdit"_s);
    CHECK(editor->toPlainText() == *LetterTemplates::builtIn(LetterTemplates::footName(), u"en"_s));
    // The preview ends with the foot, filled with the company's details.
    CHECK(previewText(dialog).contains(UiTestLedger::company));

    editor->selectAll();
    QTest::keyClicks(editor, u"<p>{{company.name}} - registered office Hamburg</p>"_s);
    CHECK(previewAfterTyping(dialog).contains(UiTestLedger::company +
                                              u" - registered office Hamburg"_s));
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    const LetterTemplates templates = savedTemplates(ledger.path());
    REQUIRE(templates.isOverridden(LetterTemplates::footName(), u"en"_s));
    const auto letter = LetterComposer({.name = u"Nordwind"_s}, templates)
                            .letter(u"reminder-1"_s, u"en"_s, {}, u"Someone"_s, QDate(2026, 1, 5));
    REQUIRE(letter.has_value());
    CHECK(letter->footHtml.contains(u"Nordwind - registered office Hamburg"_s));
}

TEST_CASE("Template editor: a broken section is shown with line and column, not saved",
          "[ui][templates]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    TemplateEditorDialog dialog(*session, savedLevels(ledger.path()), 1);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(dialog, u"templatePlainTextEdit"_s);
    editor->clear();
    QTest::keyClicks(editor, u"{{#items}}<p>{{document}}</p>"_s);
    previewAfterTyping(dialog);
    const QString error = child<QLabel>(dialog, u"errorLabel"_s)->text();
    CHECK(error.contains(u"line 1, column 1:"_s));
    CHECK(error.contains(u"items"_s));
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    // Save refuses it even when asked directly (Enter before the preview caught up), and
    // puts the cursor where the mistake is.
    editor->moveCursor(QTextCursor::End);
    Q_EMIT child<QDialogButtonBox>(dialog, u"buttonBox"_s)->accepted();
    CHECK(editor->textCursor().position() == 0);
    CHECK_FALSE(savedTemplates(ledger.path()).isOverridden(u"reminder-1"_s, u"en"_s));

    // Fixed, the error goes and Save is offered.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"{{/items}}"_s);
    previewAfterTyping(dialog);
    CHECK(child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
    CHECK(saveButton(dialog)->isEnabled());
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // discard on close
    dialog.reject();
}

TEST_CASE("Template editor: a template someone else saved meanwhile is not overwritten unasked",
          "[ui][templates]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    // Another bookkeeper, on the same ledger, saves their version while the editor is open.
    auto other = openSession(ledger.path());
    const auto saveElsewhere = [&](const QString& body) {
        const auto templates = other->letterTemplates().templates();
        REQUIRE(templates.has_value());
        REQUIRE(other->letterTemplates().save(u"reminder-1"_s, u"en"_s, body,
                                              *templates->text(u"reminder-1"_s, u"en"_s)));
    };
    const auto stored = [&] {
        return *savedTemplates(ledger.path()).text(u"reminder-1"_s, u"en"_s);
    };
    TemplateEditorDialog dialog(*session, savedLevels(ledger.path()), 1);
    dialog.show();
    auto* editor = child<QPlainTextEdit>(dialog, u"templatePlainTextEdit"_s);
    const auto saveMine = [&](const QString& body, QMessageBox::StandardButton answer) {
        editor->setPlainText(body);
        MessageBoxes::clearLastShown();
        if (answer != QMessageBox::NoButton)
            MessageBoxes::setNextAnswer(answer);
        Q_EMIT child<QDialogButtonBox>(dialog, u"buttonBox"_s)->accepted();
    };
    const auto asked = [] {
        return MessageBoxes::lastShown().has_value() &&
               MessageBoxes::lastShown()->title == u"Template Changed Meanwhile"_s;
    };

    // Cancel: nothing written, the user's text stays in the editor.
    saveElsewhere(u"<p>Theirs</p>"_s);
    saveMine(u"<p>Mine</p>"_s, QMessageBox::Cancel);
    CHECK(asked());
    CHECK(stored() == u"<p>Theirs</p>"_s);
    CHECK(editor->toPlainText() == u"<p>Mine</p>"_s);

    // No: nothing written, theirs in the editor.
    saveMine(u"<p>Mine</p>"_s, QMessageBox::No);
    CHECK(asked());
    CHECK(stored() == u"<p>Theirs</p>"_s);
    CHECK(editor->toPlainText() == u"<p>Theirs</p>"_s);

    // Edited from theirs: saved without a question.
    saveMine(u"<p>Mine, from theirs</p>"_s, QMessageBox::NoButton);
    CHECK_FALSE(asked());
    CHECK(stored() == u"<p>Mine, from theirs</p>"_s);

    // Changed again meanwhile, and this time saved over theirs on purpose.
    saveElsewhere(u"<p>Theirs again</p>"_s);
    saveMine(u"<p>Mine at last</p>"_s, QMessageBox::Yes);
    CHECK(asked());
    CHECK(stored() == u"<p>Mine at last</p>"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled()); // nothing left unsaved
}

TEST_CASE("Collections menu: Dunning Levels and Letter Templates open with a ledger",
          "[ui][dunning]")
{
    const UiTestLedger ledger(5);
    MainWindow window;
    window.setRemembersSettings(false);
    auto* levels = window.findChild<QAction*>(u"dunningLevelsAction"_s);
    auto* templates = window.findChild<QAction*>(u"letterTemplatesAction"_s);
    REQUIRE(levels);
    REQUIRE(templates);
    CHECK_FALSE(levels->isEnabled());
    REQUIRE(window.openLedger(ledger.path()));
    CHECK(levels->isEnabled());
    CHECK(templates->isEnabled());
    auto* menu = window.findChild<QMenu*>(u"collectionsMenu"_s);
    REQUIRE(menu);
    CHECK(menu->actions().contains(levels));
    CHECK(menu->actions().contains(templates));

    for (QAction* action : {levels, templates}) {
        QString opened;
        QTimer::singleShot(0, [&opened] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            opened = dialog->objectName();
            dialog->close();
        });
        action->trigger();
        CHECK(opened == (action == levels ? u"dunningLevelsDialog"_s : u"templateEditorDialog"_s));
    }
}

// Not run by default: `test_ui_levels "[screenshots]"` with ARDESK_SHOTS_DIR set.
TEST_CASE("Screenshots of the dunning levels and template editor", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    UiTestLedger ledger(5);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1001,C0001,2020-01-01,2020-01-15,321.00\n"
                                      "INV-1002,C0001,2020-02-01,2020-02-15,1250.40\n");
    auto session = openSession(ledger.path());
    DunningLevelsDialog levels(*session);
    levels.show();
    selectLevel(levels, 2);
    settle(levels);
    REQUIRE(levels.grab().save(dir->filePath(u"dunning-levels.png"_s)));

    TemplateEditorDialog editor(*session, savedLevels(ledger.path()), 2);
    editor.show();
    QTest::keyClicks(child<CustomerPicker>(editor, u"customerPicker"_s), u"C0001"_s);
    previewAfterTyping(editor);
    settle(editor);
    REQUIRE(editor.grab().save(dir->filePath(u"template-editor.png"_s)));
    auto* text = child<QPlainTextEdit>(editor, u"templatePlainTextEdit"_s);
    text->moveCursor(QTextCursor::Start);
    QTest::keyClicks(text, u"{{#items}}"_s);
    previewAfterTyping(editor);
    settle(editor);
    REQUIRE(editor.grab().save(dir->filePath(u"template-editor-error.png"_s)));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    editor.reject();
}

// Not run by default: `test_ui_levels "[screenshots]"` with ARDESK_SHOTS_DIR set (and
// ARDESK_SHOTS_LANGUAGE for a translation).
TEST_CASE("Screenshot of the template editor's question when someone saved meanwhile",
          "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    const ardesk::test::ScreenshotLanguage language;
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    auto other = openSession(ledger.path());
    TemplateEditorDialog dialog(*session, savedLevels(ledger.path()), 1);
    dialog.show();
    child<QPlainTextEdit>(dialog, u"templatePlainTextEdit"_s)->setPlainText(u"<p>Mine</p>"_s);
    const auto templates = other->letterTemplates().templates();
    REQUIRE(templates.has_value());
    REQUIRE(other->letterTemplates().save(u"reminder-1"_s, u"en"_s, u"<p>Theirs</p>"_s,
                                          *templates->text(u"reminder-1"_s, u"en"_s)));
    {
        // The real question on screen, then answered Cancel.
        const ardesk::test::MessageBoxShot question(*dir, u"template-changed-meanwhile.png"_s,
                                                    QMessageBox::Cancel);
        Q_EMIT child<QDialogButtonBox>(dialog, u"buttonBox"_s)->accepted();
        CHECK(question.saved());
    }
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // discard on close
    dialog.reject();
}
