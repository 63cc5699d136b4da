#pragma once

#include <memory>
#include <vector>

#include <QStringList>

#include "CliCommand.h"

namespace ardesk::cli {

// `ardesk-cli [--ledger PATH] COMMAND [OPTIONS]`: global options, then one command.
class CliApplication {
public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList& arguments);

private:
    CliCommand* command(const QString& name) const;
    QString usage() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace ardesk::cli
