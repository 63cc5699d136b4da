#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `ardesk-cli kpi --from DATE --to DATE [--period month|quarter|year|whole]`: the KPI table as
// CSV; a warning on stderr when documents in other currencies are left out.
class KpiCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
