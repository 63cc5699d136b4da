#pragma once

#include <QIODevice>
#include <QList>
#include <QString>

namespace ardesk {

// One output cell. Text from the ledger (names, documents, references) is neutralised against
// spreadsheet formula injection; values we format ourselves (amounts, dates, codes) never are.
struct CsvCell {
    enum class Kind { Text, Value };

    static CsvCell text(QString value) { return {std::move(value), Kind::Text}; }
    static CsvCell value(QString value) { return {std::move(value), Kind::Value}; }

    QString content;
    Kind kind = Kind::Text;
};

// RFC 4180 writer with minimal quoting (only cells holding a separator, quote, CR or LF are
// quoted), "\n" line ends, UTF-8 and no BOM. A Text cell starting with '=', '+', '-' or '@'
// gets a leading "'" so spreadsheets show it as text.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device);

    void writeRow(const QList<CsvCell>& cells);
    // Convenience for header rows and other cells that are all of one kind.
    void writeRow(const QStringList& cells, CsvCell::Kind kind = CsvCell::Kind::Value);

    bool hasError() const { return m_error; }

    static QString neutralised(const QString& text);

private:
    void writeCell(const QString& cell);

    QIODevice* m_device;
    QByteArray m_line;
    bool m_error = false;
};

} // namespace ardesk
