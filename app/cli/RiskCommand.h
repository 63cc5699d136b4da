#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `ardesk-cli risk`: see docs/contract.md, part 2, "Foresight".
class RiskCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
