#pragma once

#include "CliCommand.h"
#include "domain/Credit.h"

namespace ardesk::cli {

// `payment void|unapply|apply|delete ID` and `credit-note void|unapply|apply|delete NUMBER`:
// corrections of a saved payment or credit note, each logged (docs/contract.md, Corrections).
// One class for both kinds: the rules are the same.
class CreditCommand final : public CliCommand {
public:
    explicit CreditCommand(Credit::Kind kind);

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context) override;

private:
    int voidCredit(CliContext& context, const QString& code) const;
    int unapply(CliContext& context, const QString& code) const;
    int apply(CliContext& context, const QString& code) const;
    int remove(CliContext& context, const QString& code) const;
    QString word() const;

    Credit::Kind m_kind;
};

} // namespace ardesk::cli
