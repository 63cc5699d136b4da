#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "domain/Error.h"

class QSqlQuery;

namespace ardesk {

class Database;

// The rows of a bulk load written many at a time instead of one each: a server answers every
// statement over the network, so an import that wrote row by row waited for a round trip per
// row. Each row must write one row of the table. The owner says when to write, since rows that
// refer to others must wait until those are written.
// On a server the rows travel by COPY (PostgresCopy), thousands at a time, as text the server
// reads without parsing a statement: a statement of 400 rows' literals cost the server more
// than storing them. On SQLite they are one statement of up to 400 rows.
class BatchedRows {
public:
    // A value of each row: a column of `table`, or of the derived table given to a statement.
    struct Column {
        QString name;
        bool integer = false; // else text
    };

    // Rows of `columns` inserted into `table` as they are.
    static BatchedRows values(Database& database, const QString& table, const QStringList& columns,
                              const QString& what);
    // Rows of `columns` given to a statement as a derived table: `head`, the rows, `tail`, as
    // in "INSERT INTO t(a, b) SELECT n.a, x.b FROM (" rows ") AS n JOIN x ON x.id = n.a", for
    // rows that take values from other tables, or an UPDATE ... FROM.
    static BatchedRows selects(Database& database, const QString& head, QList<Column> columns,
                               const QString& tail, const QString& what);
    ~BatchedRows();
    BatchedRows(const BatchedRows&) = delete;
    BatchedRows& operator=(const BatchedRows&) = delete;

    // Adds one row's values, in the order of the columns, for a later write().
    Result<void> hold(const QVariantList& values);
    // The same, writing the rows once a write's worth waits.
    Result<void> put(const QVariantList& values);
    // Whether a write's worth of rows waits.
    bool full() const;
    // Writes the rows added since the last write.
    Result<void> write();

private:
    BatchedRows(Database& database, QString table, QString head, QList<Column> columns,
                QString tail, QString what);
    Result<void> writeStatement(qsizetype rows);
    Result<void> copy(qsizetype rows);
    Result<void> createStaging();
    QString statement(qsizetype rows) const;
    QString rowSource(qsizetype rows) const;

    Database& m_database;
    QString m_table; // values(): the table; selects(): empty
    QString m_head;
    QList<Column> m_columns;
    QString m_tail;
    QString m_what;
    int m_valuesPerRow;
    qsizetype m_rowsPerWrite;
    QVariantList m_pending;
    std::unique_ptr<QSqlQuery> m_full; // prepared once, for every full batch (SQLite)
    QString m_staging; // the temporary table a server's rows go to for a statement; "" until made
};

} // namespace ardesk
