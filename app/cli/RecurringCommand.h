#pragma once

#include "CliCommand.h"

namespace ardesk {
struct RecurringRequest;
}

namespace ardesk::cli {

// `recurring add|list|pause|resume|end|run`.
class RecurringCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int add(CliContext& context);
    int list(CliContext& context);
    // pause, resume or end, on --date (default today).
    int change(CliContext& context, const QString& action, const QString& id);
    int runDue(CliContext& context);
    // The options of add; nullopt after a usage error.
    std::optional<RecurringRequest> request(CliContext& context) const;
};

} // namespace ardesk::cli
