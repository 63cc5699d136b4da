#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `agency handover|recall|list|export`: customers handed over to a collection agency, and the
// case file an agency gets (statement PDF, items, reminder history and activity CSV).
class AgencyCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int handOver(CliContext& context);
    int recall(CliContext& context);
    int list(CliContext& context);
    int exportCaseFile(CliContext& context);
};

} // namespace ardesk::cli
