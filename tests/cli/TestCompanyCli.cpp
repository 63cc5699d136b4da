// `company show` and `company set` through the binary: the CSV they print, the fields they
// change and keep, and the exit codes (2 for an invalid IBAN, nothing changed).

#include <QDir>

#include <catch2/catch.hpp>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;
using namespace ardesk::test;

namespace {

CliRun checked(const CliLedgerDir& dir, const QStringList& arguments, int exitCode = 0)
{
    const CliRun run = dir.run(arguments);
    INFO(arguments.join(u' ').toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == exitCode);
    return run;
}

} // namespace

TEST_CASE("init makes the ledger and nothing else in the folder it runs in", "[cli][company]")
{
    CliLedgerDir dir;
    checked(dir, {u"init"_s, u"--company"_s, u"Dunwire Ltd"_s});
    // A server ledger's address once became a folder named "postgresql:" here.
    QStringList made = QDir(dir.path(u"."_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    made.removeAll(u"config"_s);
    CHECK(made == (dir.onServer() ? QStringList() : QStringList{u"ledger.ardesk"_s}));
}

TEST_CASE("company show prints every detail, set changes only the fields given", "[cli][company]")
{
    CliLedgerDir dir;
    checked(dir, {u"init"_s, u"--company"_s, u"Dunwire Ltd"_s});
    CHECK(checked(dir, {u"company"_s, u"show"_s}).text() ==
          u"field,value\n"
          "name,Dunwire Ltd\naddress,\nemail,\nphone,\ntax_id,\naccount_holder,\niban,\nbic,\n"
          "account_number,\nrouting,\npayment_link,\nregistration,\n"_s);

    const CliRun set = checked(dir, {u"company"_s,
                                     u"set"_s,
                                     u"--address"_s,
                                     u"1 Main St\\nLeeds LS1 1AA"_s,
                                     u"--email"_s,
                                     u"ar@dunwire.example"_s,
                                     u"--phone"_s,
                                     u"+44 113 496 0000"_s,
                                     u"--tax-id"_s,
                                     u"GB123456789"_s,
                                     u"--account-holder"_s,
                                     u"Dunwire Ltd"_s,
                                     u"--iban"_s,
                                     u"de89 3704 0044 0532 0130 00"_s,
                                     u"--bic"_s,
                                     u"cobadeff"_s,
                                     u"--account-number"_s,
                                     u"41926819"_s,
                                     u"--routing"_s,
                                     u"60-16-13"_s,
                                     u"--payment-link"_s,
                                     u"https://pay.example.com/{customer}?amount={amount}"_s,
                                     u"--registration"_s,
                                     u"Registered in England and Wales No. 01234567"_s});
    CHECK(set.out.isEmpty());
    CHECK(set.err.contains(u"Saved"_s));
    const QString shown = u"field,value\n"
                          "name,Dunwire Ltd\n"
                          "address,\"1 Main St\nLeeds LS1 1AA\"\n"
                          "email,ar@dunwire.example\n"
                          "phone,+44 113 496 0000\n"
                          "tax_id,GB123456789\n"
                          "account_holder,Dunwire Ltd\n"
                          "iban,DE89370400440532013000\n"
                          "bic,COBADEFF\n"
                          "account_number,41926819\n"
                          "routing,60-16-13\n"
                          "payment_link,https://pay.example.com/{customer}?amount={amount}\n"
                          "registration,Registered in England and Wales No. 01234567\n"_s;
    // The phone number starts with '+': a text cell, neutralised for spreadsheets.
    CHECK(checked(dir, {u"company"_s, u"show"_s}).text() ==
          QString(shown).replace(u"phone,+44"_s, u"phone,'+44"_s));

    // One field changed, the others kept; an empty value clears a field.
    checked(dir, {u"company"_s, u"set"_s, u"--name"_s, u"Dunwire Group Ltd"_s, u"--routing"_s, {}});
    const QString after = checked(dir, {u"company"_s, u"show"_s}).text();
    CHECK(after.contains(u"\nname,Dunwire Group Ltd\n"_s));
    CHECK(after.contains(u"\nrouting,\n"_s));
    CHECK(after.contains(u"\niban,DE89370400440532013000\n"_s));
}

TEST_CASE("company set refuses an invalid IBAN with exit 2 and changes nothing", "[cli][company]")
{
    CliLedgerDir dir;
    checked(dir, {u"init"_s, u"--company"_s, u"Dunwire Ltd"_s});
    checked(dir, {u"company"_s, u"set"_s, u"--iban"_s, u"DE89370400440532013000"_s});
    const QString before = checked(dir, {u"company"_s, u"show"_s}).text();

    const CliRun wrongDigits = checked(dir,
                                       {u"company"_s, u"set"_s, u"--email"_s, u"x@example.com"_s,
                                        u"--iban"_s, u"DE89 3704 0044 0532 0130 01"_s},
                                       2);
    CHECK(wrongDigits.err.contains(
        u"\"DE89 3704 0044 0532 0130 01\" is not a valid IBAN: its check digits are wrong"_s));
    CHECK(wrongDigits.out.isEmpty());
    const CliRun shape = checked(dir, {u"company"_s, u"set"_s, u"--iban"_s, u"12345"_s}, 2);
    CHECK(shape.err.contains(u"is not an IBAN"_s));
    CHECK(checked(dir, {u"company"_s, u"set"_s, u"--bic"_s, u"COBA"_s}, 2)
              .err.contains(u"is not a BIC"_s));
    CHECK(checked(dir, {u"company"_s, u"set"_s, u"--payment-link"_s, u"https://x/{invoice}"_s}, 2)
              .err.contains(u"{invoice}"_s));
    CHECK(checked(dir, {u"company"_s, u"set"_s, u"--name"_s, u" "_s}, 2)
              .err.contains(u"company name is empty"_s));
    CHECK(checked(dir, {u"company"_s, u"show"_s}).text() == before);
}

TEST_CASE("company: usage errors", "[cli][company]")
{
    CliLedgerDir dir;
    checked(dir, {u"init"_s, u"--company"_s, u"Dunwire Ltd"_s});
    checked(dir, {u"company"_s}, 1);
    checked(dir, {u"company"_s, u"list"_s}, 1);
    checked(dir, {u"company"_s, u"set"_s}, 1);
    checked(dir, {u"company"_s, u"show"_s, u"--iban"_s, u"DE89370400440532013000"_s}, 1);
}
