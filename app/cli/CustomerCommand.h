#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `customer hold|release`: puts a customer on hold, so that no reminder goes out to it, and
// takes it off again.
class CustomerCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int setHold(CliContext& context, bool onHold);
};

} // namespace ardesk::cli
