#include "imports/XeroCustomerReader.h"

#include <QSet>

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void XeroCustomerReader::read(QIODevice& device, ForeignTable& table,
                              [[maybe_unused]] const ForeignReadOptions& options,
                              ForeignTranslation& translation)
{
    table.read(device);
    if (!table.takeHeader({u"*ContactName"_s}))
        return;
    const int contact = table.field(u"ContactName"_s);
    const int email = table.field(u"EmailAddress"_s);
    QList<int> address;
    for (const QString& name :
         {u"POAddressLine1"_s, u"POAddressLine2"_s, u"POAddressLine3"_s, u"POAddressLine4"_s})
        address.append(table.field(name));
    const int city = table.field(u"POCity"_s);
    const int region = table.field(u"PORegion"_s);
    const int postalCode = table.field(u"POPostalCode"_s);
    const int country = table.field(u"POCountry"_s);
    // The contact's invoices are in its Currency; ARDesk keeps one currency per customer.
    const int currency = table.field(u"Currency"_s);

    translation.setColumns(ForeignTranslation::customerColumns() << u"currency"_s);
    QSet<QString> seen;
    for (const CsvRecord& row : table.rows()) {
        const QString name = table.text(row, contact);
        if (seen.contains(name))
            continue;
        seen.insert(name);
        QStringList lines;
        for (const int field : std::as_const(address))
            lines.append(table.text(row, field));
        lines.append(
            ForeignTranslation::joinLines({table.text(row, city) + u' ' + table.text(row, region),
                                           table.text(row, postalCode)})
                .replace(u'\n', u' '));
        lines.append(table.text(row, country));
        translation.append(row.line,
                           {name, name, table.text(row, email), u""_s,
                            ForeignTranslation::joinLines(lines), table.text(row, currency)});
    }
    translation.map(u"customer_id"_s, table, contact);
    translation.map(u"name"_s, table, contact);
    translation.map(u"email"_s, table, email);
    translation.map(u"phone"_s, table, -1);
    translation.map(u"address"_s, table, address.first());
    translation.map(u"currency"_s, table, currency);
}

} // namespace ardesk
