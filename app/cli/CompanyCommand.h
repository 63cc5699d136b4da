#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `company show` prints the company's details and how customers pay it (CSV field,value);
// `company set --iban … …` changes the fields given and keeps the others.
class CompanyCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int show(CliContext& context);
    static int set(CliContext& context);
};

} // namespace ardesk::cli
