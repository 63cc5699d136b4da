// Bank CSV files in, read with a column profile saved in the ledger: the profile survives the
// ledger, the file's credits become bank lines, and reading it again adds nothing.

#include <catch2/catch.hpp>

#include <QFile>

#include "bank/CaisseEpargneProfile.h"
#include "cashapp/BankCsvProfileService.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

QByteArray caisseEpargne()
{
    QFile file(QStringLiteral(ARDESK_BANK_DATA) + u"/csv-fr-caisse-epargne.csv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("a bank CSV file imports with a profile saved in the ledger, once", "[bank][csv]")
{
    ServiceLedger ledger;
    BankCsvProfileService profiles(ledger.database());
    REQUIRE(profiles.save(caisseEpargneProfile()));
    // Saving again under the same name replaces the settings.
    REQUIRE(profiles.save(caisseEpargneProfile()));
    const auto listed = profiles.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);

    const auto profile = profiles.find(u"caisse-epargne"_s);
    REQUIRE(profile);
    CHECK(profile->referenceColumns == caisseEpargneProfile().referenceColumns);
    const auto unknown = profiles.find(u"other"_s);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().detail ==
          u"no CSV profile \"other\" in the ledger; saved profiles: caisse-epargne"_s);

    const QString path = ledger.writeFile(caisseEpargne());
    // Without the profile a CSV file cannot be read: a usage error.
    const auto refused = BankStatementImporter(ledger.database()).run(path, std::nullopt, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);

    const auto first =
        BankStatementImporter(ledger.database()).run(path, std::nullopt, false, *profile);
    if (!first)
        FAIL(first.error().detail.toStdString());
    CHECK(first->newLines == 1);
    CHECK(first->debitsSkipped == 2);
    const auto lines = BankLineService(ledger.database()).lines(std::nullopt);
    REQUIRE(lines);
    REQUIRE(lines->size() == 1);
    CHECK(lines->front().amount.minor() == 25050);
    CHECK(lines->front().bookingDate == QDate(2024, 1, 5));
    CHECK(lines->front().reference == u"VIREMENT RECU Salaire"_s);

    const auto again =
        BankStatementImporter(ledger.database()).run(path, std::nullopt, false, *profile);
    REQUIRE(again);
    CHECK(again->newLines == 0);
    CHECK(again->duplicates == 1);
    CHECK(BankLineService(ledger.database()).lines(std::nullopt)->size() == 1);
}

TEST_CASE("an incomplete CSV profile is not saved", "[bank][csv]")
{
    ServiceLedger ledger;
    BankCsvProfile profile = caisseEpargneProfile();
    profile.account.clear();
    const auto saved = BankCsvProfileService(ledger.database()).save(profile);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::InvalidArgument);
    CHECK(BankCsvProfileService(ledger.database()).list()->isEmpty());
}
