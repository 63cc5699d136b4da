#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `bank import FILE | match | post LINE_ID | ignore LINE_ID | lines`: bank statements in, each
// receipt matched to what it pays and posted once.
class BankCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int importFile(CliContext& context, const QString& path);
    int lines(CliContext& context);
    int match(CliContext& context);
    int post(CliContext& context, const QString& line);
    int ignore(CliContext& context, const QString& line);
    int saveCsvProfile(CliContext& context, const QString& name);
    int listCsvProfiles(CliContext& context);
};

} // namespace ardesk::cli
