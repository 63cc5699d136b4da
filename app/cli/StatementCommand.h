#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `statement --customer ID --as-of DATE --pdf FILE [--paper a4|letter] [--logo IMAGE]`: the
// customer's statement of account (open items and aging) as a PDF letter.
class StatementCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
