// ardesk-cli --help: every command on a line of its own, its summary set off from its name.

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QStringList>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;
using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

TEST_CASE("The help lists each command with its summary two spaces or more after its name, "
          "aligned",
          "[cli][file]")
{
    const CliLedgerDir dir;
    const CliRun help = dir.run({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    const QStringList lines = help.text().split(u'\n');
    const qsizetype first = lines.indexOf(u"Commands:"_s);
    REQUIRE(first >= 0);
    static const QRegularExpression commandLine(u"^  ([a-z-]+)( {2,})\\S"_s);
    QStringList names;
    qsizetype summaryColumn = -1;
    for (qsizetype i = first + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch match = commandLine.match(lines.at(i));
        INFO(lines.at(i).toStdString());
        REQUIRE(match.hasMatch());
        names.append(match.captured(1));
        const qsizetype column = match.capturedEnd(2);
        CHECK((summaryColumn < 0 || column == summaryColumn));
        summaryColumn = column;
    }
    for (const QString& name :
         {u"init"_s, u"import"_s, u"credit-note"_s, u"correction"_s, u"bench"_s})
        CHECK(names.contains(name));
}
