#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `correction list --customer ID`: every correction made to the customer's documents, as the
// customer's history shows them (docs/contract.md, Corrections).
class CorrectionCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
