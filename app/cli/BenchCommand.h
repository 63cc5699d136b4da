#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `ardesk-cli bench`: the foundation benchmark. Generates a large demo company, imports it
// through the native importer and times the aging reports; prints figures next to targets.
// A measurement, not a test: it fails only when something breaks, never for being slow.
class BenchCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
