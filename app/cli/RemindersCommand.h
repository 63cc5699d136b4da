#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `reminders --as-of DATE [--dry-run] [--pdf FILE] [--eml-dir DIR] [--send]`: the dunning run.
class RemindersCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
