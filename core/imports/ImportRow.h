#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "csv/CsvReader.h"
#include "domain/CurrencyCode.h"
#include "imports/ImportColumns.h"
#include "imports/ImportIssue.h"

namespace ardesk {

// One data row of an import file, read by column name. Every accessor that finds a bad value
// records an issue located at the row's line and the column's position, and returns nullopt.
class ImportRow {
public:
    ImportRow(const QString& file, const ImportColumns& columns, const CsvRecord& record,
              QList<ImportIssue>& issues);

    int line() const { return m_record.line; }
    bool failed() const { return m_failed; }

    // The raw value ("" when the column is absent from the file).
    QString text(const QString& column) const;
    // The raw value; an issue when it is empty.
    std::optional<QString> requiredText(const QString& column);
    // YYYY-MM-DD; empty gives nullopt without an issue unless required.
    std::optional<QDate> date(const QString& column, bool required);
    // Plain decimal in the currency's minor digits; must be > 0 unless zeroAllowed.
    std::optional<qint64> amount(const QString& column, CurrencyCode currency, bool required,
                                 bool zeroAllowed = false);
    // Digits only; empty gives nullopt without an issue.
    std::optional<int> count(const QString& column, int maximum);
    // A percentage (EarlyPaymentDiscount::parsePercent) in basis points; empty gives nullopt
    // without an issue.
    std::optional<int> percent(const QString& column);

    void error(const QString& column, const QString& message);
    // False, with an issue at each, when a value starts with a byte-order mark (U+FEFF, or
    // U+FFFE as it reads the other way round): SQLite takes one at the start of text as the
    // encoding's mark and drops it, or swaps the bytes of the whole value, so it would not be
    // stored as read.
    bool refuseByteOrderMarks();

private:
    const QString& m_file;
    const ImportColumns& m_columns;
    const CsvRecord& m_record;
    QList<ImportIssue>& m_issues;
    bool m_failed = false;
};

} // namespace ardesk
