// Letter templates edited in the ledger: the ledger's version is what every
// letter uses, "Restore default" brings the shipped one back, and a broken template is refused
// with its line and column. Also the template editor's preview notice.

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "dunning/DunningLevelService.h"
#include "dunning/PreviewNotice.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/CustomerService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterTemplateService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

namespace {

DunningLevel levelTwo(Database& database)
{
    const auto levels = DunningLevelService(database).levels();
    REQUIRE(levels);
    REQUIRE(levels->size() >= 3);
    return levels->at(2); // after the courtesy level 0 and level 1
}

ReminderNotice noticeFor(Database& database, const QString& language)
{
    ReminderNotice notice{.customer = {},
                          .customerCode = u"A"_s,
                          .customerName = u"Alpha"_s,
                          .customerEmail = {},
                          .customerAddress = {},
                          .language = language,
                          .currency = test::currency(u"EUR"),
                          .asOf = day("2025-04-01"),
                          .level = levelTwo(database),
                          .items = {},
                          .totalOverdueMinor = 15000,
                          .interestMinor = 0,
                          .feeMinor = 0,
                          .totalDueMinor = 15000};
    return notice;
}

QString reminderBody(Database& database, const ReminderNotice& notice)
{
    const auto templates = LetterTemplateService(database).templates();
    REQUIRE(templates);
    const auto letter = LetterComposer({.name = u"Nordwind"_s}, *templates).reminder(notice);
    REQUIRE(letter);
    return letter->bodyHtml;
}

// Saves `body` over the (name, language) template as it is now, as an editor that just read it.
Result<void> saveOverCurrent(LetterTemplateService& service, const QString& name,
                             const QString& language, const QString& body)
{
    const auto templates = service.templates();
    REQUIRE(templates);
    const auto current = templates->text(name, language);
    REQUIRE(current);
    return service.save(name, language, body, *current);
}

} // namespace

TEST_CASE("The ledger's template is used by the letters until restored", "[letters][templates]")
{
    DunningLedger ledger;
    LetterTemplateService service(ledger.database());
    const ReminderNotice german = noticeFor(ledger.database(), u"de"_s);
    const QString shipped = reminderBody(ledger.database(), german);
    REQUIRE(shipped.contains(u"150,00"_s));

    REQUIRE(saveOverCurrent(service, u"reminder-2"_s, u"de"_s,
                            u"<p>Hallo {{customer.name}}, bitte zahlen Sie {{total_due}}.</p>"_s));
    CHECK(reminderBody(ledger.database(), german) ==
          u"<p>Hallo Alpha, bitte zahlen Sie 150,00.</p>"_s);
    // Only that language and that template: English and the other levels keep the defaults.
    ReminderNotice english = noticeFor(ledger.database(), u"en"_s);
    CHECK(reminderBody(ledger.database(), english).contains(u"150.00"_s));
    CHECK_FALSE(reminderBody(ledger.database(), english).startsWith(u"<p>Hallo"_s));
    const auto templates = service.templates();
    REQUIRE(templates);
    CHECK(templates->isOverridden(u"reminder-2"_s, u"de"_s));
    CHECK_FALSE(templates->isOverridden(u"reminder-2"_s, u"en"_s));

    // A second save replaces the first.
    REQUIRE(saveOverCurrent(service, u"reminder-2"_s, u"de"_s, u"<p>{{customer.code}}</p>"_s));
    CHECK(reminderBody(ledger.database(), german) == u"<p>A</p>"_s);

    REQUIRE(service.restoreDefault(u"reminder-2"_s, u"de"_s));
    CHECK(reminderBody(ledger.database(), german) == shipped);
    const auto restored = service.templates();
    REQUIRE(restored);
    CHECK_FALSE(restored->isOverridden(u"reminder-2"_s, u"de"_s));
}

TEST_CASE("The shared items table is overridden for every level", "[letters][templates]")
{
    DunningLedger ledger;
    LetterTemplateService service(ledger.database());
    REQUIRE(saveOverCurrent(service, u"reminder-items"_s, u"en"_s, u"<p>ITEMS TABLE</p>"_s));
    CHECK(reminderBody(ledger.database(), noticeFor(ledger.database(), u"en"_s))
              .contains(u"ITEMS TABLE"_s));
}

TEST_CASE("A broken template is refused with its line and column", "[letters][templates]")
{
    DunningLedger ledger;
    LetterTemplateService service(ledger.database());
    using Row = std::tuple<QString, int, int>;
    // The engine points at the section a mistake leaves open.
    const auto [body, line, column] = GENERATE(
        Row{u"{{#items}}<p>{{document}}</p>"_s, 1, 1},
        Row{u"<p>Dear {{customer.name}},</p>\n<p>{{#items}}{{document}}{{/item}}</p>"_s, 2, 4},
        Row{u"<h1>Üb</h1>\n\n  {{total_due"_s, 3, 3});
    CAPTURE(body.toStdString());
    const auto saved = saveOverCurrent(service, u"reminder-1"_s, u"en"_s, body);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(saved.error().detail.startsWith(u"en/reminder-1.html:"_s));
    const auto problem = LetterTemplateService::problem(saved.error());
    REQUIRE(problem);
    CHECK(problem->line == line);
    CHECK(problem->column == column);
    CHECK_FALSE(problem->message.isEmpty());

    // Nothing was kept: the default still applies.
    const auto templates = service.templates();
    REQUIRE(templates);
    CHECK_FALSE(templates->isOverridden(u"reminder-1"_s, u"en"_s));
}

TEST_CASE("Only templates that exist can be overridden", "[letters][templates]")
{
    DunningLedger ledger;
    const auto saved = LetterTemplateService(ledger.database())
                           .save(u"no-such-letter"_s, u"en"_s, u"<p>x</p>"_s, QString());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::NotFound);
}

TEST_CASE("A template someone else saved since it was read is refused, theirs kept",
          "[letters][templates]")
{
    DunningLedger ledger;
    LetterTemplateService mine(ledger.database());
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.path());
    REQUIRE(other);
    LetterTemplateService theirs(**other);
    const QString asRead = *mine.templates()->text(u"reminder-1"_s, u"en"_s);

    REQUIRE(saveOverCurrent(theirs, u"reminder-1"_s, u"en"_s, u"<p>Theirs</p>"_s));
    const auto refused = mine.save(u"reminder-1"_s, u"en"_s, u"<p>Mine</p>"_s, asRead);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(*theirs.templates()->text(u"reminder-1"_s, u"en"_s) == u"<p>Theirs</p>"_s);

    // Restored to the default meanwhile: a save over their version is refused too.
    REQUIRE(theirs.restoreDefault(u"reminder-1"_s, u"en"_s));
    CHECK(mine.save(u"reminder-1"_s, u"en"_s, u"<p>Mine</p>"_s, u"<p>Theirs</p>"_s).error().code ==
          ErrorCode::ChangedMeanwhile);
    // Over what is stored now, it saves.
    REQUIRE(mine.save(u"reminder-1"_s, u"en"_s, u"<p>Mine</p>"_s, asRead));
    CHECK(*theirs.templates()->text(u"reminder-1"_s, u"en"_s) == u"<p>Mine</p>"_s);
}

TEST_CASE("The preview lists the customer's overdue items, else samples", "[letters][preview]")
{
    DunningLedger ledger;
    const auto alpha = CustomerService(ledger.database()).find(ledger.customer(u"A"_s));
    REQUIRE(alpha);
    DunningLevel level = levelTwo(ledger.database());
    level.feeMinor = 500;
    level.annualRateBasisPoints = 800;
    const auto items =
        CustomerAccountService(ledger.database()).openItems(ledger.customer(u"A"_s), 100);
    REQUIRE(items);

    // 2025-03-10: INV-A1 is 9 days overdue, INV-A2 not yet due.
    const PreviewNotice real(*alpha, level, *items, day("2025-03-10"));
    CHECK_FALSE(real.usesSampleItems());
    REQUIRE(real.notice().items.size() == 1);
    CHECK(real.notice().items.first().document == u"INV-A1"_s);
    CHECK(real.notice().totalOverdueMinor == 10000);
    // 100.00 × 8 % × 9 / 365 = 0.197… → 0.20
    CHECK(real.notice().interestMinor == 20);
    CHECK(real.notice().totalDueMinor == 10000 + 20 + 500);

    const PreviewNotice sample(*alpha, level, *items, day("2025-02-01"));
    CHECK(sample.usesSampleItems());
    CHECK(sample.notice().items.size() == 2);
    CHECK(sample.notice().customerName == u"Alpha"_s);
    CHECK(sample.notice().totalDueMinor ==
          sample.notice().totalOverdueMinor + sample.notice().interestMinor + 500);
}
