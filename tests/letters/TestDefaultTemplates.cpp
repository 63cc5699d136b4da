#include <catch2/catch.hpp>

#include "LetterSamples.h"
#include "letters/LetterComposer.h"
#include "letters/LetterLanguage.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

TEST_CASE("every default reminder renders in every language", "[letters][templates]")
{
    using Row = std::tuple<const char*, const char*, const char*>;
    // language, the total due as that language writes it, the letter's date
    const auto [language, total, date] = GENERATE(table<const char*, const char*, const char*>({
        Row{"en", "1,357.41", "15 April 2026"},
        Row{"de", "1.357,41", "15. April 2026"},
        Row{"fr", "1\u202f357,41", "15 avril 2026"},
        Row{"es", "1357,41", "15 de abril de 2026"},
    }));
    const int level = GENERATE(1, 2, 3, 4);
    CAPTURE(language, level);

    LetterComposer composer(test::sampleCompany());
    const auto letter = composer.reminder(test::sampleNotice(level, QString::fromUtf8(language)));
    INFO((letter ? std::string() : letter.error().detail.toStdString()));
    REQUIRE(letter);
    const QString& body = letter->bodyHtml;
    CHECK(body.contains(u"INV-1001"_s));
    CHECK(body.contains(u"INV-1002"_s));
    CHECK(body.contains(u"C-042"_s));
    CHECK(body.contains(QString::fromUtf8(total)));
    CHECK(body.contains(u"Acme Office Supplies Ltd"_s));
    CHECK_FALSE(body.contains(u"{{"_s));
    CHECK_FALSE(body.contains(u"}}"_s));
    CHECK(letter->date == QString::fromUtf8(date));
    CHECK(letter->recipient == u"Müller Bau GmbH\nHauptstraße 5\n10115 Berlin"_s);
}

TEST_CASE("the reminders grow firmer level by level", "[letters][templates]")
{
    using Row = std::tuple<const char*, int, const char*>;
    const auto [language, level, phrase] = GENERATE(table<const char*, int, const char*>({
        Row{"en", 1, "friendly reminder"},
        Row{"en", 3, "final notice"},
        Row{"en", 4, "collection agency"},
        Row{"de", 1, "Zahlungserinnerung"},
        Row{"de", 2, "2. Mahnung"},
        Row{"de", 3, "Letzte Mahnung"},
        Row{"de", 4, "Inkassounternehmen"},
        Row{"fr", 3, "mettons en demeure"},
        Row{"fr", 4, "société de recouvrement"},
        Row{"es", 3, "Último aviso"},
        Row{"es", 4, "agencia de cobro"},
    }));
    CAPTURE(language, level);
    LetterComposer composer(test::sampleCompany());
    const auto letter = composer.reminder(test::sampleNotice(level, QString::fromUtf8(language)));
    REQUIRE(letter);
    CHECK(letter->bodyHtml.contains(QString::fromUtf8(phrase)));
}

TEST_CASE("interest and fee lines appear only when charged", "[letters][templates]")
{
    LetterComposer composer(test::sampleCompany());
    ReminderNotice notice = test::sampleNotice(2);
    auto letter = composer.reminder(notice);
    REQUIRE(letter);
    CHECK(letter->bodyHtml.contains(u"Late-payment interest"_s));
    CHECK(letter->bodyHtml.contains(u"17.92"_s));
    CHECK(letter->bodyHtml.contains(u"Reminder fee"_s));

    notice.interestMinor = 0;
    notice.feeMinor = 0;
    letter = composer.reminder(notice);
    REQUIRE(letter);
    CHECK_FALSE(letter->bodyHtml.contains(u"Late-payment interest"_s));
    CHECK_FALSE(letter->bodyHtml.contains(u"Reminder fee"_s));
}

TEST_CASE("templates: unknown languages read English, unknown templates are an error",
          "[letters][templates]")
{
    LetterComposer composer(test::sampleCompany());
    const auto english = composer.reminder(test::sampleNotice(1, u"nl"_s));
    REQUIRE(english);
    CHECK(english->bodyHtml.contains(u"Dear Sir or Madam"_s));

    ReminderNotice notice = test::sampleNotice(1);
    notice.level.templateName = u"reminder-9"_s;
    const auto missing = composer.reminder(notice);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);

    for (const QString& language : LetterLanguage::supportedCodes()) {
        for (const QString& name :
             {u"reminder-0"_s, u"reminder-1"_s, u"reminder-2"_s, u"reminder-3"_s, u"reminder-4"_s,
              u"reminder-items"_s, u"payment-details"_s, u"discount-offers"_s, u"statement"_s}) {
            CAPTURE(language.toStdString(), name.toStdString());
            // Each language has its own file: no silent fallback to English.
            const auto own = LetterTemplates::builtIn(name, language);
            REQUIRE(own);
            if (language != u"en"_s)
                CHECK(*own != *LetterTemplates::builtIn(name, u"en"_s));
        }
    }
}

TEST_CASE("the courtesy reminder says politely when payment falls due, without fee or interest",
          "[letters][templates]")
{
    using Row = std::tuple<const char*, const char*, const char*>;
    // language, the polite phrase with the due date, what it must never say
    const auto [language, phrase, never] = GENERATE(table<const char*, const char*, const char*>({
        Row{"en", "your payment is due on 18 April 2026", "overdue"},
        Row{"de", "am 18. April 2026 fällig wird", "Mahn"},
        Row{"fr", "arrive à échéance le 18 avril 2026", "retard"},
        Row{"es", "su pago vence el 18 de abril de 2026", "retraso"},
    }));
    CAPTURE(language);
    ReminderNotice notice = test::sampleNotice(1, QString::fromUtf8(language));
    notice.level = {.level = DunningLevel::courtesyLevel,
                    .name = u"Upcoming payment"_s,
                    .daysOverdue = -3,
                    .templateName = u"reminder-0"_s};
    notice.items = {{.document = u"INV-2001"_s,
                     .issueDate = test::day("2026-03-19"),
                     .dueDate = test::day("2026-04-18"),
                     .daysOverdue = -3,
                     .openMinor = 48000,
                     .level = 0}};
    notice.totalOverdueMinor = 48000;
    notice.interestMinor = 0;
    notice.feeMinor = 0;
    notice.totalDueMinor = 48000;
    const auto letter = LetterComposer(test::sampleCompany()).reminder(notice);
    INFO((letter ? std::string() : letter.error().detail.toStdString()));
    REQUIRE(letter);
    const QString& body = letter->bodyHtml;
    CHECK(body.contains(QString::fromUtf8(phrase)));
    CHECK(body.contains(u"INV-2001"_s));
    CHECK(body.contains(u"C-042"_s));
    CHECK_FALSE(body.contains(QString::fromUtf8(never), Qt::CaseInsensitive));
    CHECK_FALSE(body.contains(u"{{"_s));
}

TEST_CASE("a courtesy reminder offers the early-payment discount only while there is one",
          "[letters][templates][discount]")
{
    using Row = std::tuple<const char*, const char*, const char*, const char*>;
    // language, the invoice and last day, the discount and the amount to pay as it writes them
    const auto [language, until, discount, pays] =
        GENERATE(table<const char*, const char*, const char*, const char*>({
            Row{"en", "INV-2001 by 18/04/2026", "EUR&nbsp;9.60", "EUR&nbsp;470.40"},
            Row{"de", "INV-2001 bis zum 18.04.2026", "9,60&nbsp;EUR Skonto", "470,40&nbsp;EUR"},
            Row{"fr", "INV-2001 au plus tard le 18/04/2026", "9,60&nbsp;EUR", "470,40&nbsp;EUR"},
            Row{"es", "INV-2001 a más tardar el 18/04/2026", "9,60&nbsp;EUR", "470,40&nbsp;EUR"},
        }));
    const bool offered = GENERATE(true, false);
    CAPTURE(language, offered);
    ReminderNotice notice = test::sampleNotice(1, QString::fromUtf8(language));
    notice.level = {.level = DunningLevel::courtesyLevel,
                    .name = u"Upcoming payment"_s,
                    .daysOverdue = -3,
                    .templateName = u"reminder-0"_s};
    notice.items = {
        {.document = u"INV-2001"_s,
         .issueDate = test::day("2026-04-08"),
         .dueDate = test::day("2026-04-18"),
         .daysOverdue = -3,
         .openMinor = 48000,
         .discount = offered ? DiscountOffer{.discountMinor = 960, .until = test::day("2026-04-18")}
                             : DiscountOffer{},
         .level = 0}};
    notice.totalOverdueMinor = 48000;
    notice.interestMinor = 0;
    notice.feeMinor = 0;
    notice.totalDueMinor = 48000;
    const auto letter = LetterComposer(test::sampleCompany()).reminder(notice);
    INFO((letter ? std::string() : letter.error().detail.toStdString()));
    REQUIRE(letter);
    const QString& body = letter->bodyHtml;
    INFO(body.toStdString());
    CHECK(body.contains(QString::fromUtf8(until)) == offered);
    CHECK(body.contains(QString::fromUtf8(discount)) == offered);
    CHECK(body.contains(QString::fromUtf8(pays)) == offered);
    CHECK_FALSE(body.contains(u"{{"_s));
}
