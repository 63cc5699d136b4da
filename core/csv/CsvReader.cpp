#include "csv/CsvReader.h"

#include <algorithm>
#include <cstring>

#include <QByteArrayView>
#include <QStringDecoder>

// Line ends are LF, CRLF and also a lone CR (old Mac exports), outside quotes as well as inside
// them: inside quotes they stay in the value verbatim, and every kind counts as one physical line
// for the line numbers of errors and of later records.
//
// Fields are scanned as bytes and each one is decoded with a single QString::fromUtf8() of its
// slice. A record is only parsed once it lies wholly in the buffer, so a multi-byte character or
// a CRLF split across two reads needs no special care: the record is parsed again after a refill.

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr qsizetype ChunkSize = qsizetype(64) * 1024;
constexpr QByteArrayView Bom("\xEF\xBB\xBF");

// Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. Stricter
// than QString::fromUtf8(), which would quietly put U+FFFD in the value: overlong forms,
// surrogates and code points above U+10FFFF are refused as well.
qsizetype invalidUtf8Offset(QByteArrayView bytes)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80; // allowed range of the second byte
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (n - i < length || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

QString decodeUtf8(QByteArrayView bytes)
{
    // QString::fromUtf8() drops a BOM that starts its input; past the start of the file, U+FEFF
    // is a character of the value like any other.
    if (bytes.startsWith(Bom))
        return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
            .decode(bytes);
    return QString::fromUtf8(bytes);
}

int countLineBreaks(QByteArrayView bytes)
{
    int count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++count;
    }
    return count;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, QChar separator)
    : m_device(device)
    , m_separator(separator.unicode())
{
    // Fields are split byte by byte, so the separator must be a single byte that cannot be
    // confused with quoting or line ends.
    Q_ASSERT(m_separator < 0x80 && m_separator != u'"' && m_separator != u'\r' &&
             m_separator != u'\n');
}

CsvReader::Status CsvReader::next(CsvRecord& record)
{
    for (;;) {
        if (const std::optional<Status> status = parse(record))
            return *status;
        if (!fillBuffer())
            m_eof = true;
    }
}

std::optional<CsvReader::Status> CsvReader::parse(CsvRecord& record)
{
    if (!skipBom() || !skipBlankLines())
        return std::nullopt;
    if (m_pos == m_buffer.size())
        return m_eof ? std::optional(Status::End) : std::nullopt;

    record.fields.clear();
    Scan scan{.i = m_pos, .line = m_line};
    for (bool another = true; another;) {
        const qsizetype fieldStart = scan.i;
        const int fieldLine = scan.line;
        if (scan.i < m_buffer.size() && m_buffer.at(scan.i) == '"') {
            switch (readQuotedField(scan, record)) {
            case FieldRead::Done:
                break;
            case FieldRead::NeedMore:
                // The field reaches at least the end of the buffer.
                if (m_buffer.size() - fieldStart > maxFieldBytes)
                    return abandonTooLong(scan, fieldLine);
                return std::nullopt;
            case FieldRead::Unterminated:
                return Status::SyntaxError;
            }
        } else {
            readUnquotedField(scan, record);
        }
        if (scan.i - fieldStart > maxFieldBytes)
            return abandonTooLong(scan, fieldLine);
        const std::optional<bool> next = passFieldEnd(scan);
        if (!next)
            return std::nullopt;
        another = *next;
    }
    return finishRecord(scan, record);
}

void CsvReader::Scan::fail(int atLine, QString message)
{
    if (error.line == 0)
        error = {atLine, column, std::move(message)};
}

bool CsvReader::skipBom()
{
    if (!m_atStart)
        return true;
    const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_pos);
    if (rest.size() < 3 && !m_eof)
        return false;
    if (rest.startsWith(Bom))
        consume(3);
    m_atStart = false;
    return true;
}

bool CsvReader::skipBlankLines()
{
    for (;;) {
        const std::optional<qsizetype> blank = lineEndAt(m_pos);
        if (!blank)
            return false;
        if (*blank == 0)
            return true;
        consume(*blank);
        ++m_line;
    }
}

// `scan.i` is on the opening quote. At the end of input without a closing quote the rest of the
// file is the bad record: it is consumed and the error kept.
CsvReader::FieldRead CsvReader::readQuotedField(Scan& scan, CsvRecord& record)
{
    const char* const buffer = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const int startLine = scan.line;
    const qsizetype contentStart = scan.i + 1;
    qsizetype quote = contentStart;
    bool doubledQuotes = false;
    for (;;) {
        const void* hit = std::memchr(buffer + quote, '"', static_cast<size_t>(size - quote));
        if (!hit) {
            if (!m_eof)
                return FieldRead::NeedMore;
            scan.fail(startLine, u"unterminated quoted field"_s);
            consume(size - m_pos);
            m_error = scan.error;
            return FieldRead::Unterminated;
        }
        quote = static_cast<const char*>(hit) - buffer;
        if (quote + 1 == size && !m_eof)
            return FieldRead::NeedMore;
        if (quote + 1 == size || buffer[quote + 1] != '"')
            break;
        doubledQuotes = true;
        quote += 2;
    }
    const QByteArrayView content(buffer + contentStart, quote - contentStart);
    scan.line += countLineBreaks(content);
    if (doubledQuotes) {
        m_unescaped.clear();
        for (qsizetype k = 0; k < content.size(); ++k) {
            m_unescaped.append(content[k]);
            if (content[k] == '"')
                ++k;
        }
        addField(scan, record, m_unescaped, startLine);
    } else {
        addField(scan, record, content, startLine);
    }
    scan.i = quote + 1;
    const char separator = static_cast<char>(m_separator);
    if (scan.i < size && buffer[scan.i] != separator && buffer[scan.i] != '\n' &&
        buffer[scan.i] != '\r') {
        scan.fail(scan.line, u"expected separator or line end after closing quote"_s);
        scanUnquoted(scan);
    }
    return FieldRead::Done;
}

void CsvReader::readUnquotedField(Scan& scan, CsvRecord& record)
{
    const qsizetype start = scan.i;
    scanUnquoted(scan);
    addField(scan, record, QByteArrayView(m_buffer.constData() + start, scan.i - start), scan.line);
}

// Moves `scan.i` to the next separator or line end; a quote on the way is an error, but the
// scan goes on as if it were text so that the record still ends where its line does.
void CsvReader::scanUnquoted(Scan& scan) const
{
    const char* const buffer = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char separator = static_cast<char>(m_separator);
    for (; scan.i < size; ++scan.i) {
        const char c = buffer[scan.i];
        if (c == separator || c == '\n' || c == '\r')
            return;
        if (c == '"')
            scan.fail(scan.line, u"quote inside unquoted field"_s);
    }
}

// After the record's first problem its fields no longer matter: only the error is reported.
void CsvReader::addField(Scan& scan, CsvRecord& record, QByteArrayView bytes, int firstLine) const
{
    if (scan.error.line != 0)
        return;
    if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0)
        scan.fail(firstLine + countLineBreaks(bytes.first(bad)), u"invalid UTF-8"_s);
    else
        record.fields.append(decodeUtf8(bytes));
}

// Its field is measured as written, quotes included, before it is decoded. Whatever follows
// is not read (a field that long is no CSV export gone slightly wrong), but the device is
// drained so that bytesRead() reaches its size.
CsvReader::Status CsvReader::abandonTooLong(Scan& scan, int fieldLine)
{
    scan.fail(fieldLine,
              u"field too long: more than %1 bytes; the rest of the file is not read"_s.arg(
                  maxFieldBytes));
    m_error = scan.error;
    consume(m_buffer.size() - m_pos);
    m_buffer.clear();
    m_pos = 0;
    QByteArray discarded(ChunkSize, Qt::Uninitialized);
    for (qint64 got; (got = m_device->read(discarded.data(), ChunkSize)) > 0;)
        m_consumedBytes += got;
    m_eof = true;
    return Status::SyntaxError;
}

std::optional<bool> CsvReader::passFieldEnd(Scan& scan) const
{
    const qsizetype size = m_buffer.size();
    if (scan.i == size && !m_eof)
        return std::nullopt;
    if (scan.i < size && m_buffer.at(scan.i) == static_cast<char>(m_separator)) {
        ++scan.i;
        ++scan.column;
        return true;
    }
    const std::optional<qsizetype> end = lineEndAt(scan.i);
    if (!end)
        return std::nullopt;
    if (*end > 0) {
        scan.i += *end;
        ++scan.line;
    }
    return false;
}

CsvReader::Status CsvReader::finishRecord(const Scan& scan, CsvRecord& record)
{
    record.line = m_line;
    consume(scan.i - m_pos);
    m_line = scan.line;
    if (scan.error.line != 0) {
        m_error = scan.error;
        return Status::SyntaxError;
    }
    return Status::Record;
}

std::optional<qsizetype> CsvReader::lineEndAt(qsizetype at) const
{
    const qsizetype size = m_buffer.size();
    if (at == size || (m_buffer.at(at) != '\n' && m_buffer.at(at) != '\r'))
        return 0;
    if (m_buffer.at(at) == '\n')
        return 1;
    if (at + 1 == size)
        return m_eof ? std::optional<qsizetype>(1) : std::nullopt;
    return m_buffer.at(at + 1) == '\n' ? 2 : 1;
}

bool CsvReader::fillBuffer()
{
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    // A record longer than a chunk doubles the buffer on each refill, so parsing it again from
    // its start after every refill stays linear in its length.
    const qsizetype wanted = std::max(ChunkSize, kept);
    m_buffer.resize(kept + wanted);
    const qint64 got = m_device->read(m_buffer.data() + kept, wanted);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    return got > 0;
}

void CsvReader::consume(qsizetype bytes)
{
    m_pos += bytes;
    m_consumedBytes += bytes;
}

} // namespace ardesk
