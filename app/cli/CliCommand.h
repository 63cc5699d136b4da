#pragma once

#include <QCommandLineParser>
#include <QString>

#include "CliContext.h"

namespace ardesk::cli {

// One `ardesk-cli COMMAND`: its options, its help and its work.
class CliCommand {
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's options and positional arguments (--ledger, --help are common).
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    virtual int run(CliContext& context) = 0;
};

} // namespace ardesk::cli
