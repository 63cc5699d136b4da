#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `export customers|open-items [--as-of DATE] [--format csv|xlsx] [--output FILE]`: the
// customer list and the open items as of a date, in the layouts of core/exports/ReportTables.
class ExportCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
