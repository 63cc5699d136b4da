#include "imports/GnuCashCustomerReader.h"

#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
enum Field { Id, Company, Name, Addr1, Addr2, Addr3, Addr4, Phone, Fax, Email, FieldCount = 19 };
} // namespace

void GnuCashCustomerReader::read(QIODevice& device, ForeignTable& table,
                                 [[maybe_unused]] const ForeignReadOptions& options,
                                 ForeignTranslation& translation)
{
    table.read(device, ForeignTable::detectSeparator(device, FieldCount));
    table.setFieldNames({u"id"_s, u"company"_s, u"name"_s, u"addr1"_s, u"addr2"_s, u"addr3"_s,
                         u"addr4"_s, u"phone"_s, u"fax"_s, u"email"_s, u"notes"_s, u"shipname"_s,
                         u"shipaddr1"_s, u"shipaddr2"_s, u"shipaddr3"_s, u"shipaddr4"_s,
                         u"shiphone"_s, u"shipfax"_s, u"shipmail"_s});
    translation.setColumns(ForeignTranslation::customerColumns());
    for (const CsvRecord& row : table.rows()) {
        QString name = table.text(row, Company);
        if (name.isEmpty())
            name = table.text(row, Name);
        if (name.isEmpty())
            continue;
        translation.append(
            row.line,
            {table.text(row, Id), name, table.text(row, Email), table.text(row, Phone),
             ForeignTranslation::joinLines({table.text(row, Addr1), table.text(row, Addr2),
                                            table.text(row, Addr3), table.text(row, Addr4)})});
    }
    translation.map(u"customer_id"_s, table, Id);
    translation.map(u"name"_s, table, Company);
    translation.map(u"email"_s, table, Email);
    translation.map(u"phone"_s, table, Phone);
    translation.map(u"address"_s, table, Addr1);
}

} // namespace ardesk
