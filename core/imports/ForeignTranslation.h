#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "csv/CsvReader.h"
#include "imports/DateOrder.h"
#include "imports/ImportColumns.h"

namespace ardesk {

class ForeignTable;

// Another tool's file translated into native rows: the records the native row importers
// validate and write, each at the line of the file where its data begins, with its columns
// reported at the file's own column under the file's own name.
class ForeignTranslation {
public:
    // The native columns the records carry, in this order.
    void setColumns(const QStringList& nativeColumns);
    // Problems with `nativeColumn` are reported at `field` of `table` (-1: at no column).
    void map(const QString& nativeColumn, const ForeignTable& table, int field);
    // The native columns of a customer row: customer_id, name, email, phone, address.
    static QStringList customerColumns();
    // Address parts on their own lines, the empty ones left out.
    static QString joinLines(const QStringList& parts);
    // One native row; values in setColumns() order.
    void append(int line, const QStringList& values);

    const ImportColumns& columns() const { return m_columns; }
    const QList<CsvRecord>& records() const { return m_records; }
    // The order the file's dates were read in; nullopt for a file without dates.
    std::optional<DateOrder> dateOrder;

private:
    QStringList m_nativeColumns;
    ImportColumns m_columns;
    QList<CsvRecord> m_records;
};

} // namespace ardesk
