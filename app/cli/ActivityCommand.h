#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `activity add|resolve|list`: a customer's collection log, and with it what the dunning run
// reads besides holds: disputes that hold back an invoice and promises to pay.
class ActivityCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int add(CliContext& context);
    static int resolve(CliContext& context);
    static int list(CliContext& context);
};

} // namespace ardesk::cli
