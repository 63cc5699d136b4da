#include "csv/CsvWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ardesk {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{}

void CsvWriter::writeRow(const QList<CsvCell>& cells)
{
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        const CsvCell& cell = cells.at(i);
        writeCell(cell.kind == CsvCell::Kind::Text ? neutralised(cell.content) : cell.content);
    }
    // A lone empty cell would make a blank line, which readers skip: quoting keeps the row.
    if (cells.size() == 1 && m_line.isEmpty())
        m_line.append("\"\"");
    m_line.append('\n');
    if (!m_error && m_device->write(m_line) != m_line.size())
        m_error = true;
}

void CsvWriter::writeRow(const QStringList& cells, CsvCell::Kind kind)
{
    QList<CsvCell> row;
    row.reserve(cells.size());
    for (const QString& cell : cells)
        row.append({cell, kind});
    writeRow(row);
}

QString CsvWriter::neutralised(const QString& text)
{
    if (!text.isEmpty() && u"=+-@"_s.contains(text.front()))
        return u'\'' + text;
    return text;
}

void CsvWriter::writeCell(const QString& cell)
{
    const bool needsQuotes = std::ranges::any_of(
        cell, [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; });
    if (!needsQuotes) {
        m_line.append(cell.toUtf8());
        return;
    }
    m_line.append('"');
    m_line.append(QString(cell).replace(u'"', u"\"\""_s).toUtf8());
    m_line.append('"');
}

} // namespace ardesk
