#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `copy --to TARGET`: the whole ledger into a new file or server database (see LedgerCopier).
class CopyCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
