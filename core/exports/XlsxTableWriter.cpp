#include "exports/XlsxTableWriter.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Column widths in characters: room for the header's filter button, and a cap so that one long
// name or address does not push the rest off screen.
constexpr double minWidth = 8;
constexpr double maxWidth = 50;
constexpr double filterButtonWidth = 3;
// Amounts of up to 15 significant digits survive the double a workbook stores them as.
constexpr qint64 exactInDouble = 1'000'000'000'000'000;

Result<void> xlsxError(const QString& path, lxw_error error)
{
    return fail(ErrorCode::Io,
                path + u": cannot write the workbook: "_s + QString::fromUtf8(lxw_strerror(error)));
}

// The workbook being written: its one worksheet and the formats it has made so far.
class Sheet {
public:
    Sheet(lxw_workbook* workbook, lxw_worksheet* worksheet, qsizetype columns)
        : m_workbook(workbook)
        , m_worksheet(worksheet)
        , m_widths(columns, minWidth)
    {}

    lxw_error writeHeader(const QList<ReportColumn>& columns)
    {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString& name = columns.at(c).name;
            if (const lxw_error error = writeText(0, c, name, format(u"text"_s, true)))
                return error;
            m_widths[c] = std::max(m_widths[c], name.size() + filterButtonWidth);
        }
        return LXW_NO_ERROR;
    }

    lxw_error writeRow(lxw_row_t row, const ReportRow& reportRow)
    {
        for (qsizetype c = 0; c < reportRow.cells.size(); ++c) {
            if (const lxw_error error = writeCell(row, c, reportRow.cells.at(c), reportRow.isTotal))
                return error;
        }
        return LXW_NO_ERROR;
    }

    // Column widths are stored by libxlsxwriter and written when the workbook closes, so they
    // can follow the content even in constant-memory mode.
    void setColumnWidths()
    {
        for (qsizetype c = 0; c < m_widths.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            worksheet_set_column(m_worksheet, column, column, std::min(m_widths[c], maxWidth),
                                 nullptr);
        }
    }

private:
    lxw_error writeCell(lxw_row_t row, qsizetype column, const ReportCell& cell, bool bold)
    {
        const auto col = static_cast<lxw_col_t>(column);
        if (const auto* text = std::get_if<QString>(&cell)) {
            widen(column, text->size());
            return writeText(row, column, *text, format(u"text"_s, bold));
        }
        if (const auto* money = std::get_if<Money>(&cell)) {
            // A double holds 15 significant digits exactly: an amount with more is written as
            // its exact decimal text rather than rounded into another amount.
            if (money->minor() >= exactInDouble || money->minor() <= -exactInDouble) {
                widen(column, money->toPlainString().size());
                return writeText(row, column, money->toPlainString(), format(u"text"_s, bold));
            }
            // A workbook stores every number as an IEEE double: this is the file format's
            // representation, not arithmetic. minor / 10^digits is the double nearest the exact
            // amount, and the number format shows exactly the currency's minor digits.
            const int digits = money->currency().minorDigits();
            const double value = static_cast<double>(money->minor()) /
                                 static_cast<double>(money->currency().minorPerMajor());
            widen(column, money->toPlainString().size() + money->toPlainString().size() / 3);
            return worksheet_write_number(m_worksheet, row, col, value, moneyFormat(digits, bold));
        }
        if (const auto* date = std::get_if<QDate>(&cell)) {
            widen(column, 10);
            lxw_datetime datetime{date->year(), date->month(), date->day(), 0, 0, 0};
            return worksheet_write_datetime(m_worksheet, row, col, &datetime,
                                            format(u"yyyy-mm-dd"_s, bold));
        }
        if (const auto* number = std::get_if<qint64>(&cell)) {
            widen(column, QString::number(*number).size());
            return worksheet_write_number(m_worksheet, row, col, static_cast<double>(*number),
                                          format(u"0"_s, bold));
        }
        // An empty cell of a TOTAL row still carries the bold style, so the row reads as one.
        return bold ? worksheet_write_blank(m_worksheet, row, col, format(u"text"_s, true))
                    : LXW_NO_ERROR;
    }

    // Text is always written as a string cell, never as a formula: a name like "=HYPERLINK(…)"
    // is shown as typed, so a workbook needs no neutralising prefix (CSV does, because a
    // spreadsheet guesses each CSV cell's type).
    lxw_error writeText(lxw_row_t row, qsizetype column, const QString& text, lxw_format* fmt)
    {
        return worksheet_write_string(m_worksheet, row, static_cast<lxw_col_t>(column),
                                      text.toUtf8().constData(), fmt);
    }

    lxw_format* moneyFormat(int digits, bool bold)
    {
        return format(digits > 0 ? u"#,##0."_s + QString(digits, u'0') : u"#,##0"_s, bold);
    }

    // One format per number format and weight, made on first use (the workbook owns them).
    lxw_format* format(const QString& numberFormat, bool bold)
    {
        auto [it, inserted] = m_formats.try_emplace({numberFormat, bold}, nullptr);
        if (inserted) {
            it->second = workbook_add_format(m_workbook);
            if (numberFormat != u"text"_s)
                format_set_num_format(it->second, numberFormat.toUtf8().constData());
            if (bold)
                format_set_bold(it->second);
        }
        return it->second;
    }

    void widen(qsizetype column, qsizetype characters)
    {
        m_widths[column] = std::max(m_widths[column], static_cast<double>(characters) + 2);
    }

    lxw_workbook* m_workbook;
    lxw_worksheet* m_worksheet;
    QList<double> m_widths;
    std::map<std::pair<QString, bool>, lxw_format*> m_formats;
};

// Writes the workbook to `path` (an existing temporary file, replaced).
Result<void> writeWorkbook(const ReportTable& table, const QString& path, const QString& shownPath)
{
    // Constant-memory mode writes each row to a temporary file as soon as the next one starts,
    // instead of keeping every cell until the end: a million open items take a few megabytes.
    // Its strings are inline strings rather than the shared string table.
    lxw_workbook_options options{
        .constant_memory = LXW_TRUE, .tmpdir = nullptr, .use_zip64 = LXW_FALSE};
    const QByteArray encodedPath = QFile::encodeName(path);
    lxw_workbook* workbook = workbook_new_opt(encodedPath.constData(), &options);
    if (!workbook)
        return fail(ErrorCode::Io, shownPath + u": cannot create the workbook"_s);
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook, table.title.toUtf8().constData());
    if (!worksheet) {
        workbook_close(workbook);
        return fail(ErrorCode::Io,
                    shownPath + u": invalid worksheet name \""_s + table.title + u'"');
    }
    Sheet sheet(workbook, worksheet, table.columns.size());
    lxw_error error = sheet.writeHeader(table.columns);
    worksheet_freeze_panes(worksheet, 1, 0);

    lxw_row_t row = 0;
    const auto rows = table.rows([&](const ReportRow& reportRow) -> Result<void> {
        if (error != LXW_NO_ERROR)
            return xlsxError(shownPath, error);
        if (row + 1 >= XlsxTableWriter::maxRows)
            return fail(
                ErrorCode::InvalidInput,
                u"%1: more rows than an Excel worksheet holds (%2); export as CSV"_s.arg(shownPath)
                    .arg(XlsxTableWriter::maxRows));
        error = sheet.writeRow(++row, reportRow);
        if (error != LXW_NO_ERROR)
            return xlsxError(shownPath, error);
        return {};
    });
    if (rows && error == LXW_NO_ERROR) {
        sheet.setColumnWidths();
        error = worksheet_autofilter(
            worksheet, 0, 0, row,
            static_cast<lxw_col_t>(std::max<qsizetype>(table.columns.size() - 1, 0)));
    }
    // Always closed, which frees it; its own result matters only when all went well so far.
    const lxw_error closed = workbook_close(workbook);
    if (!rows)
        return rows;
    if (error != LXW_NO_ERROR)
        return xlsxError(shownPath, error);
    if (closed != LXW_NO_ERROR)
        return xlsxError(shownPath, closed);
    return {};
}

} // namespace

Result<void> XlsxTableWriter::write(const ReportTable& table, const QString& path)
{
    // The temporary file lives in the target's directory so that the rename stays on one file
    // system and is atomic.
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(u".%1-XXXXXX.tmp"_s.arg(target.fileName())));
    if (!temporary.open())
        return fail(ErrorCode::Io, path + u": "_s + temporary.errorString());
    temporary.close();
    if (auto written = writeWorkbook(table, temporary.fileName(), path); !written)
        return written;
    // A temporary file is private to its owner; the export is an ordinary document: it keeps
    // the permissions of the file it replaces, like QSaveFile, else the usual rw-r--r--.
    temporary.setPermissions(target.exists()
                                 ? QFile::permissions(target.absoluteFilePath())
                                 : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                       QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    // QFile::rename refuses to replace an existing file; std::filesystem::rename replaces it
    // atomically (rename(2), MoveFileEx with MOVEFILE_REPLACE_EXISTING).
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.fileName().toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()),
                            renameError);
    if (renameError)
        return fail(ErrorCode::Io, path + u": "_s + QString::fromStdString(renameError.message()));
    temporary.setAutoRemove(false);
    return {};
}

} // namespace ardesk
