#pragma once

#include <memory>

#include <QString>
#include <QVariantList>

#include "domain/Error.h"

class QSqlQuery;

namespace ardesk {

class Database;

// The rows of a bulk load written a few hundred to a statement instead of one each: a server
// answers every statement over the network, so an import that wrote row by row waited for a
// round trip per row. Each row must write one row of the table. The owner says when to write,
// since rows that refer to others must wait until those are written.
class BatchedRows {
public:
    // `insertInto` ("INSERT INTO t(a, b)") VALUES the rows, each `row` ("(?, ?)").
    static BatchedRows values(Database& database, const QString& insertInto, const QString& row,
                              int valuesPerRow, const QString& what);
    // `head`, then the rows, each `row` (a SELECT of bound values), joined by UNION ALL, then
    // `tail`: for rows that take values from other tables, or an UPDATE ... FROM.
    static BatchedRows selects(Database& database, const QString& head, const QString& row,
                               const QString& tail, int valuesPerRow, const QString& what);
    ~BatchedRows();
    BatchedRows(const BatchedRows&) = delete;
    BatchedRows& operator=(const BatchedRows&) = delete;

    // Adds one row's values, in the order of `row`'s placeholders, for a later write().
    Result<void> hold(const QVariantList& values);
    // The same, writing the batch once it is full.
    Result<void> put(const QVariantList& values);
    // Whether a statement's worth of rows waits.
    bool full() const;
    // Writes the rows added since the last write.
    Result<void> write();

private:
    BatchedRows(Database& database, QString head, QString row, QString separator, QString tail,
                int valuesPerRow, QString what);
    QString statement(qsizetype rows) const;

    Database& m_database;
    QString m_head;
    QString m_row;
    QString m_separator;
    QString m_tail;
    int m_valuesPerRow;
    QString m_what;
    qsizetype m_rowsPerStatement;
    QVariantList m_pending;
    std::unique_ptr<QSqlQuery> m_full; // prepared once, for every full batch
};

} // namespace ardesk
