#include "CompanyCommand.h"

#include <array>

#include "csv/CsvWriter.h"
#include "ledger/LedgerInfoService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

struct CompanyField {
    QString option; // also the field's name in `company show`
    QString description;
    QString CompanyDetails::*text = nullptr;
    QString PaymentDetails::*paymentText = nullptr;

    QString& of(CompanyDetails& company) const
    {
        return text ? company.*text : company.payment.*paymentText;
    }
};

// In the order `company show` prints them.
const std::array<CompanyField, 12>& companyFields()
{
    static const std::array<CompanyField, 12> fields{{
        {u"name"_s, u"The company's name."_s, &CompanyDetails::name, nullptr},
        {u"address"_s, u"Its postal address (lines separated by \\n)."_s, &CompanyDetails::address,
         nullptr},
        {u"email"_s, u"Its e-mail address."_s, &CompanyDetails::email, nullptr},
        {u"phone"_s, u"Its phone number."_s, &CompanyDetails::phone, nullptr},
        {u"tax-id"_s, u"Its VAT or tax number."_s, &CompanyDetails::taxId, nullptr},
        {u"account-holder"_s, u"The bank account's holder (default: the company's name)."_s,
         nullptr, &PaymentDetails::accountHolder},
        {u"iban"_s, u"The IBAN customers pay to."_s, nullptr, &PaymentDetails::iban},
        {u"bic"_s, u"The bank's BIC."_s, nullptr, &PaymentDetails::bic},
        {u"account-number"_s, u"A domestic account number (instead of or beside the IBAN)."_s,
         nullptr, &PaymentDetails::accountNumber},
        {u"routing"_s, u"The routing number or sort code of that account."_s, nullptr,
         &PaymentDetails::routing},
        {u"payment-link"_s,
         u"A payment link URL pattern with {customer}, {documents}, {amount}, {currency}, "
         "{reference}."_s,
         nullptr, &PaymentDetails::paymentLinkPattern},
        // Last: `company show` came with the eleven above, and scripts may read it by row.
        {u"registration"_s,
         u"Where the company is registered and its number, printed in every letter's foot."_s,
         &CompanyDetails::registration, nullptr},
    }};
    return fields;
}

} // namespace

QString CompanyCommand::name() const
{
    return u"company"_s;
}

QString CompanyCommand::summary() const
{
    return u"Show or change the company's details and how customers pay it."_s;
}

void CompanyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"show or set."_s);
    for (const CompanyField& field : companyFields())
        parser.addOption({field.option, u"set: "_s + field.description, u"TEXT"_s});
}

int CompanyCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments == QStringList{u"show"_s})
        return show(context);
    if (arguments == QStringList{u"set"_s})
        return set(context);
    return context.usageError(u"expected company show | company set"_s);
}

int CompanyCommand::show(CliContext& context)
{
    for (const CompanyField& field : companyFields()) {
        if (context.parser().isSet(field.option))
            return context.usageError(u"company show takes no --%1"_s.arg(field.option));
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    auto settings = LedgerInfoService(**ledger).settings();
    if (!settings)
        return context.fail(settings.error());
    return context.writeOutput([&](QIODevice* device) {
        CsvWriter csv(device);
        csv.writeRow({u"field"_s, u"value"_s});
        for (const CompanyField& field : companyFields()) {
            QString name = field.option;
            csv.writeRow({CsvCell::value(name.replace(u'-', u'_')),
                          CsvCell::text(field.of(settings->company))});
        }
        return !csv.hasError();
    });
}

int CompanyCommand::set(CliContext& context)
{
    const QCommandLineParser& parser = context.parser();
    const bool anySet =
        std::any_of(companyFields().cbegin(), companyFields().cend(),
                    [&](const CompanyField& field) { return parser.isSet(field.option); });
    if (!anySet)
        return context.usageError(u"company set needs at least one field to change (--iban …)"_s);
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    LedgerInfoService service(**ledger);
    const auto asRead = service.settings();
    if (!asRead)
        return context.fail(asRead.error());
    auto settings = asRead;
    for (const CompanyField& field : companyFields()) {
        if (parser.isSet(field.option)) {
            // A shell cannot easily pass a line break: "\n" in the address separates lines.
            QString value = parser.value(field.option);
            if (field.option == u"address"_s)
                value.replace(u"\\n"_s, u"\n"_s);
            field.of(settings->company) = value;
        }
    }
    if (auto saved = service.saveSettings(*settings, *asRead); !saved)
        return context.fail(saved.error());
    context.message(u"Saved the company's details."_s);
    return Success;
}

} // namespace ardesk::cli
