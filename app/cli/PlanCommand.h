#pragma once

#include "CliCommand.h"

namespace ardesk {
struct PlanScheduleRequest;
}

namespace ardesk::cli {

// `plan create|show|list|reschedule|cancel`.
class PlanCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int create(CliContext& context);
    int show(CliContext& context, const QString& id);
    int list(CliContext& context);
    int reschedule(CliContext& context, const QString& id);
    int cancel(CliContext& context, const QString& id);
    // The schedule options shared by create and reschedule; nullopt after a usage error.
    std::optional<PlanScheduleRequest> scheduleOptions(CliContext& context) const;
};

} // namespace ardesk::cli
