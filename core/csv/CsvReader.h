#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace ardesk {

// One logical CSV record and where it starts in the file.
struct CsvRecord {
    QStringList fields;
    int line = 0; // 1-based physical line on which the record starts
};

// A structural problem in the file itself (not in a value).
struct CsvSyntaxError {
    int line = 0;   // 1-based physical line of the problem
    int column = 0; // 1-based field index within the record
    QString message;
};

// Streaming RFC 4180 reader: UTF-8 (a BOM is skipped), CRLF or LF line ends, quoted fields
// holding commas, doubled quotes and line breaks. Blank lines are skipped. Reads in chunks,
// so a million-row file never sits in memory as a whole.
class CsvReader {
public:
    enum class Status { Record, End, SyntaxError };

    // A field's largest size in the file, quotes included. Longer is a syntax error at its
    // line and column that ends the reading: no name, reference or description comes near it,
    // and every field within it fits a ledger's row with room to spare, so a runaway field
    // neither fills the memory nor reaches the ledger.
    static constexpr qsizetype maxFieldBytes = 10'000'000;

    explicit CsvReader(QIODevice* device, QChar separator = u',');

    // Reads the next record. On SyntaxError the reader resynchronises at the next line break
    // outside quotes (or stops at end of input, or after a field too long), so the caller may
    // go on to list every error.
    Status next(CsvRecord& record);
    const CsvSyntaxError& syntaxError() const { return m_error; }

    qint64 bytesRead() const { return m_consumedBytes; }

private:
    // Where the record being parsed stands: the next byte, its physical line, the field's
    // index, and the record's first problem (line 0 while there is none).
    struct Scan {
        qsizetype i = 0;
        int line = 0;
        int column = 1;
        CsvSyntaxError error;

        void fail(int atLine, QString message);
    };
    enum class FieldRead { Done, NeedMore, Unterminated };

    // Parses one record from the buffered bytes; nullopt when they end before the record does,
    // which is then parsed again from its start once the buffer has been refilled.
    std::optional<Status> parse(CsvRecord& record);
    // False when the buffer is too short to tell.
    bool skipBom();
    bool skipBlankLines();
    FieldRead readQuotedField(Scan& scan, CsvRecord& record);
    void readUnquotedField(Scan& scan, CsvRecord& record);
    void scanUnquoted(Scan& scan) const;
    void addField(Scan& scan, CsvRecord& record, QByteArrayView bytes, int firstLine) const;
    // After a field: true when another follows, false when the record ends, nullopt when the
    // buffer ends too soon to tell.
    std::optional<bool> passFieldEnd(Scan& scan) const;
    // Ends the reading at a field longer than maxFieldBytes that starts on `fieldLine`.
    Status abandonTooLong(Scan& scan, int fieldLine);
    Status finishRecord(const Scan& scan, CsvRecord& record);
    // Length of the line end at `at` (0 if there is none); nullopt for a CR that ends the
    // buffer, as an LF may follow in the next read.
    std::optional<qsizetype> lineEndAt(qsizetype at) const;
    bool fillBuffer();
    void consume(qsizetype bytes);

    QIODevice* m_device;
    char16_t m_separator;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumedBytes = 0;
    int m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    CsvSyntaxError m_error;
    QByteArray m_unescaped; // a quoted field's bytes without its doubled quotes, reused
};

} // namespace ardesk
