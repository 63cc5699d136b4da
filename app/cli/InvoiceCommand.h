#pragma once

#include "CliCommand.h"

namespace ardesk::cli {

// `invoice edit|void|delete NUMBER`: corrections of a saved invoice, each logged
// (docs/contract.md, Corrections).
class InvoiceCommand final : public CliCommand {
public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    static int edit(CliContext& context, const QString& number);
    static int voidInvoice(CliContext& context, const QString& number);
    static int remove(CliContext& context, const QString& number);
};

} // namespace ardesk::cli
