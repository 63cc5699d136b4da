#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `ardesk-cli forecast`: see docs/contract.md, part 2, "Foresight".
class ForecastCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
