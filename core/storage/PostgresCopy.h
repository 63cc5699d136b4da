#pragma once

#include <span>

#include <QString>
#include <QVariant>

#include "domain/Error.h"

namespace ardesk {

class Database;

// Rows sent to a PostgreSQL server by COPY ... FROM STDIN on the ledger's own connection (and
// so inside its transaction), through libpq, which QtSql does not offer. The values travel in
// COPY's text format, which the server reads by the columns' types: no statement is parsed or
// planned for them. The only place that speaks libpq (through LibPq).
class PostgresCopy {
public:
    // Sends `values`, rows of `valuesPerRow` each, to `copyStatement` ("COPY t (a, b) FROM
    // STDIN"); the rows the server took. A failure names `what`; the server's transaction is
    // then aborted, as after any failed statement.
    static Result<qint64> send(Database& database, const QString& copyStatement,
                               std::span<const QVariant> values, int valuesPerRow,
                               const QString& what);

    // Appends one value as COPY's text format writes it (without the separator): \N for NULL,
    // text with backslash, tab, newline and carriage return escaped, integers in decimal,
    // bytes as bytea's hex.
    static void appendText(QByteArray& out, const QVariant& value);
};

} // namespace ardesk
