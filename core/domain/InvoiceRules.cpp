#include "domain/InvoiceRules.h"

#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

bool InvoiceRules::isReservedNumber(const QString& number)
{
    return number.startsWith(u"PLAN-"_s);
}

std::optional<QString> InvoiceRules::numberProblem(const QString& number)
{
    if (number.isEmpty())
        return u"an invoice needs a number"_s;
    if (isReservedNumber(number))
        return u"\"%1\": numbers starting with PLAN- are reserved for installment plans"_s.arg(
            number);
    return std::nullopt;
}

std::optional<QString> InvoiceRules::currencyProblem(CurrencyCode customerCurrency,
                                                     const QString& currency)
{
    if (currency == customerCurrency.code())
        return std::nullopt;
    return u"expected the customer's currency %1, got \"%2\""_s.arg(customerCurrency.code(),
                                                                    currency);
}

std::optional<QDate> InvoiceRules::defaultDueDate(QDate issueDate, int termsDays)
{
    const QDate due = issueDate.addDays(termsDays);
    if (!IsoDate::writable(due))
        return std::nullopt;
    return due;
}

QString InvoiceRules::dueDatePastLastDate(int termsDays)
{
    return u"the customer's terms of %1 days from this date pass 9999-12-31; give a due date"_s.arg(
        termsDays);
}

} // namespace ardesk
