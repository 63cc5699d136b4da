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
    const char* const buffer = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char separator = static_cast<char>(m_separator);

    if (m_atStart) {
        if (size - m_pos < 3 && !m_eof)
            return std::nullopt;
        if (QByteArrayView(buffer + m_pos, size - m_pos).startsWith(Bom))
            consume(3);
        m_atStart = false;
    }

    // Length of the line end at `at` (0 if there is none); nullopt for a CR that ends the buffer,
    // as an LF may follow in the next read.
    const auto lineEnd = [&](qsizetype at) -> std::optional<qsizetype> {
        if (at == size || (buffer[at] != '\n' && buffer[at] != '\r'))
            return 0;
        if (buffer[at] == '\n')
            return 1;
        if (at + 1 == size)
            return m_eof ? std::optional<qsizetype>(1) : std::nullopt;
        return buffer[at + 1] == '\n' ? 2 : 1;
    };

    for (;;) {
        const std::optional<qsizetype> blank = lineEnd(m_pos);
        if (!blank)
            return std::nullopt;
        if (*blank == 0)
            break;
        consume(*blank);
        ++m_line;
    }
    if (m_pos == size)
        return m_eof ? std::optional(Status::End) : std::nullopt;

    record.fields.clear();
    CsvSyntaxError error; // the first problem in the record; line 0 while there is none
    int line = m_line;
    int column = 1;
    qsizetype i = m_pos;
    const auto fail = [&](int atLine, QString message) {
        if (error.line == 0)
            error = {atLine, column, std::move(message)};
    };
    const auto addField = [&](QByteArrayView bytes, int firstLine) {
        if (error.line != 0)
            return;
        if (const qsizetype bad = invalidUtf8Offset(bytes); bad >= 0)
            fail(firstLine + countLineBreaks(bytes.first(bad)), u"invalid UTF-8"_s);
        else
            record.fields.append(decodeUtf8(bytes));
    };
    // Moves `i` to the next separator or line end; a quote on the way is an error, but the scan
    // goes on as if it were text so that the record still ends where its line does.
    const auto scanUnquoted = [&] {
        while (i < size) {
            const char c = buffer[i];
            if (c == separator || c == '\n' || c == '\r')
                return;
            if (c == '"')
                fail(line, u"quote inside unquoted field"_s);
            ++i;
        }
    };

    for (;;) {
        if (i < size && buffer[i] == '"') {
            const int startLine = line;
            const qsizetype contentStart = i + 1;
            qsizetype quote = contentStart;
            bool doubledQuotes = false;
            for (;;) {
                const void* hit =
                    std::memchr(buffer + quote, '"', static_cast<size_t>(size - quote));
                if (!hit) {
                    if (!m_eof)
                        return std::nullopt;
                    fail(startLine, u"unterminated quoted field"_s);
                    consume(size - m_pos);
                    m_error = error;
                    return Status::SyntaxError;
                }
                quote = static_cast<const char*>(hit) - buffer;
                if (quote + 1 == size && !m_eof)
                    return std::nullopt;
                if (quote + 1 == size || buffer[quote + 1] != '"')
                    break;
                doubledQuotes = true;
                quote += 2;
            }
            const QByteArrayView content(buffer + contentStart, quote - contentStart);
            line += countLineBreaks(content);
            if (doubledQuotes) {
                m_unescaped.clear();
                for (qsizetype k = 0; k < content.size(); ++k) {
                    m_unescaped.append(content[k]);
                    if (content[k] == '"')
                        ++k;
                }
                addField(m_unescaped, startLine);
            } else {
                addField(content, startLine);
            }
            i = quote + 1;
            if (i < size && buffer[i] != separator && buffer[i] != '\n' && buffer[i] != '\r') {
                fail(line, u"expected separator or line end after closing quote"_s);
                scanUnquoted();
            }
        } else {
            const qsizetype start = i;
            scanUnquoted();
            addField(QByteArrayView(buffer + start, i - start), line);
        }
        if (i == size && !m_eof)
            return std::nullopt;

        if (i < size && buffer[i] == separator) {
            ++i;
            ++column;
            continue;
        }
        const std::optional<qsizetype> end = lineEnd(i);
        if (!end)
            return std::nullopt;
        if (*end > 0) {
            i += *end;
            ++line;
        }
        break;
    }

    record.line = m_line;
    consume(i - m_pos);
    m_line = line;
    if (error.line != 0) {
        m_error = error;
        return Status::SyntaxError;
    }
    return Status::Record;
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
