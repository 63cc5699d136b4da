#include "models/ImportPreviewModel.h"

#include <algorithm>

#include <QFile>

#include "csv/CsvReader.h"
#include "imports/ForeignTable.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_lines.clear();
    m_problem.clear();
    m_hasMoreRows = false;
    endResetModel();
}

bool ImportPreviewModel::load(const QString& path, int rows, ImportFormat format)
{
    clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = file.errorString();
        return false;
    }
    beginResetModel();
    const bool headerless = format == ImportFormat::GnuCash;
    // GnuCash's files have 22 or 19 fields by kind; the more frequent separator tells either.
    CsvReader reader(&file, headerless ? ForeignTable::detectSeparator(file, 0) : QChar(u','));
    CsvRecord record;
    CsvReader::Status status = CsvReader::Status::Record;
    if (!headerless) {
        status = reader.next(record);
        if (status == CsvReader::Status::Record)
            m_header = record.fields;
    }
    while (status == CsvReader::Status::Record) {
        status = reader.next(record);
        if (status != CsvReader::Status::Record)
            break;
        if (m_rows.size() == rows) {
            m_hasMoreRows = true;
            break;
        }
        m_rows.append(record.fields);
        m_lines.append(record.line);
    }
    if (status == CsvReader::Status::SyntaxError) {
        const CsvSyntaxError& error = reader.syntaxError();
        m_problem = u"line %1: %2"_s.arg(error.line).arg(error.message);
    }
    endResetModel();
    return true;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // A row with more fields than the header (an error the check reports) still shows them.
    qsizetype columns = m_header.size();
    for (const QStringList& row : m_rows)
        columns = std::max(columns, row.size());
    return static_cast<int>(columns);
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Line breaks inside a quoted field would make the row taller than its neighbours.
        return row.value(index.column()).replace(u'\n', u' ');
    case Qt::ToolTipRole:
        return row.value(index.column());
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_lines.size() ? QVariant(m_lines.at(section))
                                                        : QVariant();
    if (m_header.isEmpty())
        return section + 1;
    return section >= 0 && section < m_header.size() ? QVariant(m_header.at(section)) : QVariant();
}

} // namespace ardesk
