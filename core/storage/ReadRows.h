#pragma once

#include <utility>

#include <QList>
#include <QSqlQuery>

#include "domain/Error.h"

namespace ardesk {

// Every row of an executed query, each read by `readRow` (QSqlQuery& -> Result<Row>); the first
// row that cannot be read fails the whole list.
template <typename Row, typename ReadRow>
Result<QList<Row>> readRows(QSqlQuery& sql, ReadRow readRow)
{
    QList<Row> rows;
    while (sql.next()) {
        auto row = readRow(sql);
        if (!row)
            return std::unexpected(row.error());
        rows.append(std::move(*row));
    }
    return rows;
}

} // namespace ardesk
