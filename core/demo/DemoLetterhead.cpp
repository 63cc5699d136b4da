#include "demo/DemoLetterhead.h"

#include "ledger/LedgerInfoService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<void> DemoLetterhead::write(Database& database, CurrencyCode currency)
{
    LedgerInfoService info(database);
    const auto asRead = info.settings();
    if (!asRead)
        return std::unexpected(asRead.error());
    auto settings = asRead;
    CompanyDetails& company = settings->company;
    company.address = u"14 Harbour Road\nBristol BS1 5TX\nUnited Kingdom"_s;
    company.email = u"accounts@brightwater.example"_s;
    company.phone = u"+44 117 496 0123"_s;
    company.taxId = u"GB 123 4567 89"_s;
    company.registration = u"Registered in England and Wales No. 01234567"_s;
    PaymentDetails& payment = company.payment;
    payment.paymentLinkPattern =
        u"https://pay.brightwater.example/{customer}?amount={amount}&ref={reference}"_s;
    // Made-up accounts of the usual textbook shape: a German IBAN and BIC for EUR (SEPA), a UK
    // account number and sort code otherwise.
    if (currency.code() == u"EUR"_s) {
        payment.iban = u"DE89370400440532013000"_s;
        payment.bic = u"COBADEFFXXX"_s;
    } else {
        payment.accountNumber = u"31926819"_s;
        payment.routing = u"60-16-13"_s;
    }
    return info.saveSettings(*settings, *asRead);
}

} // namespace ardesk
