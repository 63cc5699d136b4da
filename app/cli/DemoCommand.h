#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

class DemoCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;
};

} // namespace ardesk::cli
