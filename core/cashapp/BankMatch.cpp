#include "cashapp/BankMatch.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString matchRuleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::Reference:
        return u"reference"_s;
    case MatchRule::CustomerAmount:
        return u"customer-amount"_s;
    case MatchRule::Customer:
        return u"customer"_s;
    case MatchRule::Unmatched:
        return u"unmatched"_s;
    }
    return {};
}

QString BankMatch::action() const
{
    if (posted)
        return u"posted"_s;
    return rule == MatchRule::Unmatched ? u"unmatched"_s : u"suggested"_s;
}

QString BankMatch::explanation() const
{
    QString who;
    switch (clue) {
    case CustomerClue::None:
        return u"no open document, customer code, known account or customer name in the line"_s;
    case CustomerClue::Documents:
        who = u"the reference names %1 of %2"_s.arg(documents.join(u", "_s), customerCode);
        break;
    case CustomerClue::RememberedAccount:
        who = u"account %1 paid for %2 before"_s.arg(line.counterpartyAccount, customerCode);
        break;
    case CustomerClue::CustomerAccount:
        who = u"account %1 is %2's"_s.arg(line.counterpartyAccount, customerCode);
        break;
    case CustomerClue::Code:
        who = u"the reference names customer %1"_s.arg(customerCode);
        break;
    case CustomerClue::Name:
        who = u"the payer's name is %1's"_s.arg(customerCode);
        break;
    }
    switch (fit) {
    case AmountFit::Exact:
        return who + u"; the amount is their open total"_s;
    case AmountFit::OneItem:
        return who + u"; the amount is the open amount of %1"_s.arg(documents.join(u", "_s));
    case AmountFit::OldestItems:
        return who + u"; the amount is the open total of the oldest items %1"_s.arg(
                         documents.join(u", "_s));
    case AmountFit::Different:
        return who + u"; the amount differs from their open total"_s;
    case AmountFit::None:
        break;
    }
    return who + u"; the amount matches no open item (a payment on account)"_s;
}

} // namespace ardesk
