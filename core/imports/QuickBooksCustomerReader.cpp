#include "imports/QuickBooksCustomerReader.h"

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void QuickBooksCustomerReader::read(QIODevice& device, ForeignTable& table,
                                    [[maybe_unused]] const ForeignReadOptions& options,
                                    ForeignTranslation& translation)
{
    table.read(device);
    if (!table.takeHeader({u"Full Name"_s}))
        return;
    const int fullName = table.field(u"Full Name"_s);
    const int email = table.field(u"Email"_s);
    const int phone = table.field(u"Phone"_s);
    const int mobile = table.field(u"Mobile"_s);
    const int street = table.field(u"Street"_s);
    const int city = table.field(u"City"_s);
    const int state = table.field(u"State"_s);
    const int zip = table.field(u"ZIP code"_s);
    const int country = table.field(u"Country"_s);

    translation.setColumns(ForeignTranslation::customerColumns());
    for (const CsvRecord& row : table.rows()) {
        const QString name = table.text(row, fullName);
        QString phoneNumber = table.text(row, phone);
        if (phoneNumber.isEmpty())
            phoneNumber = table.text(row, mobile);
        // US style: "Springfield, IL 62704".
        QString place = table.text(row, city);
        const QString region =
            ForeignTranslation::joinLines({table.text(row, state), table.text(row, zip)})
                .replace(u'\n', u' ');
        if (!place.isEmpty() && !region.isEmpty())
            place += u", "_s;
        place += region;
        translation.append(row.line, {name, name, table.text(row, email), phoneNumber,
                                      ForeignTranslation::joinLines({table.text(row, street), place,
                                                                     table.text(row, country)})});
    }
    translation.map(u"customer_id"_s, table, fullName);
    translation.map(u"name"_s, table, fullName);
    translation.map(u"email"_s, table, email);
    translation.map(u"phone"_s, table, phone);
    translation.map(u"address"_s, table, street);
}

} // namespace ardesk
