#pragma once

#include <optional>

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include "csv/CsvReader.h"
#include "imports/DateOrder.h"
#include "imports/ForeignAmount.h"
#include "imports/ImportIssue.h"

namespace ardesk {

// Another tool's file, read whole: its invoices' lines must be grouped (and its dates looked at
// all together) before anything is translated, and such files hold hundreds or thousands of
// rows, not millions. Every problem is an issue at the file's own line and column, under the
// file's own name for the column.
class ForeignTable {
public:
    ForeignTable(const QString& file, QList<ImportIssue>& issues,
                 DecimalMark decimalMark = DecimalMark::Point);

    // Reads every record; false (with an issue) when the file cannot be parsed at all. CSV
    // syntax errors in a record are issues, and the record is left out.
    bool read(QIODevice& device, QChar separator = u',');
    // Takes the first record as the header. Names are matched without a leading '*' (the
    // tools' templates star mandatory columns), spaces or case: "*InvoiceNo" = "Invoice No".
    // Columns not asked for are ignored. An issue per required column that is missing.
    bool takeHeader(const QStringList& required);
    // A file without a header: its fields are named in the tool's documentation. An issue for
    // every record with another number of fields (which is then left out). A first row that
    // spells out those names (some users add one) is skipped.
    void setFieldNames(const QStringList& names);
    // ';' or ',' for a headerless file with `fields` fields per row (GnuCash writes either, by
    // locale): every row has exactly fields − 1 separators, so the first line decides: the
    // character that occurs that often outside quotes there, else the one that occurs more
    // (a ';' file's commas are in quoted text, or in nothing). Leaves the device where it was.
    static QChar detectSeparator(QIODevice& device, int fields);

    const QList<CsvRecord>& rows() const { return m_rows; }
    QString file() const { return m_file; }
    // The field of a column named in the header (as takeHeader() matches); -1 when absent.
    int field(const QString& name) const;
    // The column's name in the file, for messages.
    QString label(int field) const;

    QString text(const CsvRecord& row, int field) const;
    void error(const CsvRecord& row, int field, const QString& message);
    bool hasIssues() const { return !m_issues.isEmpty(); }

    // Decides the order of the dates in `fields` of every row: `chosen` if the user chose one,
    // else what ForeignDate detects. nullopt, with an issue, when no date decides.
    std::optional<DateOrder> dateOrder(const QList<int>& fields, std::optional<DateOrder> chosen);
    // The row's date in `order`; nullopt without an issue when empty and not required.
    std::optional<QDate> date(const CsvRecord& row, int field, DateOrder order, bool required);
    // The row's number; `fallback` when the field is empty or absent. nullopt after an issue.
    std::optional<ForeignAmount> amount(const CsvRecord& row, int field, ForeignAmount fallback);

private:
    static QString key(QStringView name);

    QString m_file;
    QList<ImportIssue>& m_issues;
    QStringList m_names; // by field
    QList<CsvRecord> m_rows;
    DecimalMark m_decimalMark;
};

} // namespace ardesk
