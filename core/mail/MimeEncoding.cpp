#include "mail/MimeEncoding.h"

#include <algorithm>

#include <QStringView>

namespace ardesk::mime {

namespace {

constexpr int MaxLine = 76;
constexpr int MaxEncodedWord = 75;      // RFC 2047 section 2
constexpr int EncodedWordOverhead = 12; // "=?UTF-8?Q?" + "?="
constexpr int MaxParameterSection = 60; // leaves room for " filename*12*=" and ";"
const QByteArray Crlf = QByteArrayLiteral("\r\n");

bool isPlainAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Q encoding restricted to the characters RFC 2047 5(3) allows inside a phrase, so the same
// words serve in Subject and in display names.
bool isQLiteral(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

QByteArray hexByte(char c)
{
    return '=' + QByteArray(1, c).toHex().toUpper();
}

QByteArray qEncoded(const QByteArray& utf8)
{
    QByteArray out;
    for (const char c : utf8) {
        if (c == ' ')
            out += '_';
        else if (isQLiteral(c))
            out += c;
        else
            out += hexByte(c);
    }
    return out;
}

int bEncodedLength(qsizetype bytes)
{
    return static_cast<int>((bytes + 2) / 3 * 4);
}

// The text split into whole code points, each as its UTF-8 bytes.
QList<QByteArray> codePoints(const QString& text)
{
    QList<QByteArray> points;
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size();) {
        const qsizetype length = view[i].isHighSurrogate() && i + 1 < view.size() ? 2 : 1;
        points.append(view.mid(i, length).toUtf8());
        i += length;
    }
    return points;
}

QByteArray percentEncoded(const QByteArray& utf8)
{
    // RFC 2231 attribute-char: no space, "*", "'", "%" or tspecials.
    return utf8.toPercentEncoding(QByteArrayLiteral("!#$&+-.^_`|~"));
}

} // namespace

QString headerText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF is one line break: its LF becomes the space
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029)
            out += u' ';
        else if (c >= 0x20 && (c < 0x7f || c > 0x9f))
            out += QChar(c);
    }
    return out;
}

QList<QByteArray> encodedWords(const QString& text, int firstRoom)
{
    const QList<QByteArray> points = codePoints(text);
    qsizetype totalBytes = 0;
    qsizetype totalQ = 0;
    for (const QByteArray& point : points) {
        totalBytes += point.size();
        totalQ += qEncoded(point).size();
    }
    const bool useQ = totalQ <= bEncodedLength(totalBytes);

    QList<QByteArray> words;
    QByteArray pending; // raw UTF-8 of the word being filled
    int pendingLength = 0;
    const auto flush = [&] {
        const QByteArray payload = useQ ? qEncoded(pending) : pending.toBase64();
        words.append("=?UTF-8?" + QByteArray(useQ ? "Q" : "B") + '?' + payload + "?=");
        pending.clear();
        pendingLength = 0;
    };
    for (const QByteArray& point : points) {
        const int room = (words.isEmpty() ? qMin(firstRoom, MaxEncodedWord) : MaxEncodedWord) -
                         EncodedWordOverhead;
        const int grown = useQ ? pendingLength + static_cast<int>(qEncoded(point).size())
                               : bEncodedLength(pending.size() + point.size());
        if (!pending.isEmpty() && grown > room)
            flush();
        pending += point;
        pendingLength = useQ ? pendingLength + static_cast<int>(qEncoded(point).size())
                             : bEncodedLength(pending.size());
    }
    if (!pending.isEmpty() || words.isEmpty())
        flush();
    return words;
}

QList<QByteArray> phraseTokens(const QString& displayName)
{
    const QString name = headerText(displayName);
    if (!isPlainAscii(name))
        return encodedWords(name);
    // RFC 5322 atext plus the space between atoms; anything else needs a quoted string.
    static const QByteArray atextSpecials = QByteArrayLiteral("!#$%&'*+-/=?^_`{|}~ ");
    const QByteArray ascii = name.toLatin1();
    const bool atoms = std::all_of(ascii.begin(), ascii.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               atextSpecials.contains(c);
    });
    if (atoms && !ascii.contains("=?"))
        return ascii.simplified().split(' ');
    QByteArray quoted = ascii;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return {'"' + quoted + '"'};
}

QList<QByteArray> unstructuredTokens(const QString& text, int firstRoom)
{
    const QString line = headerText(text);
    if (isPlainAscii(line) && !line.contains(QStringLiteral("=?")))
        return line.toLatin1().simplified().split(' ');
    return encodedWords(line, firstRoom);
}

QByteArray foldedHeader(const QByteArray& name, const QList<QByteArray>& tokens)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    for (const QByteArray& token : tokens) {
        if (token.isEmpty())
            continue;
        if (lineLength + 1 + token.size() > MaxLine && lineLength > 1) {
            out += Crlf;
            lineLength = 0;
        }
        out += ' ' + token;
        lineLength += 1 + token.size();
    }
    return out + Crlf;
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QList<QByteArray> lines = normalized.toUtf8().split('\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the text's final line break, not an empty line after it

    QByteArray out;
    for (const QByteArray& line : lines) {
        qsizetype lineLength = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            const bool last = i + 1 == line.size();
            const bool printable = c >= 33 && c <= 126 && c != '=';
            const bool blank = (c == ' ' || c == '\t') && !last;
            const QByteArray chunk = printable || blank ? QByteArray(1, c) : hexByte(c);
            // The soft break "=" counts towards 76; the last chunk of a line needs no "=".
            const qsizetype limit = last ? MaxLine : MaxLine - 1;
            if (lineLength + chunk.size() > limit) {
                out += "=\r\n";
                lineLength = 0;
            }
            out += chunk;
            lineLength += chunk.size();
        }
        out += Crlf;
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / MaxLine * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += MaxLine)
        out += encoded.mid(i, MaxLine) + Crlf;
    return out;
}

QList<QByteArray> parameterSections(const QByteArray& name, const QString& value)
{
    const QString text = headerText(value);
    if (isPlainAscii(text) && !text.contains(u'"') && !text.contains(u'\\'))
        return {name + "=\"" + text.toLatin1() + '"'};

    // Split the percent-encoded value between characters, never inside a "%XX" or a code point.
    QList<QByteArray> chunks{QByteArrayLiteral("UTF-8''")};
    for (const QByteArray& point : codePoints(text)) {
        const QByteArray encoded = percentEncoded(point);
        if (chunks.last().size() + encoded.size() > MaxParameterSection)
            chunks.append(QByteArray());
        chunks.last() += encoded;
    }
    if (chunks.size() == 1)
        return {name + "*=" + chunks.first()};
    QList<QByteArray> sections;
    for (qsizetype i = 0; i < chunks.size(); ++i)
        sections.append(name + '*' + QByteArray::number(i) + "*=" + chunks[i]);
    return sections;
}

QByteArray rfc5322Date(const QDateTime& dateTime)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", " +
           QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1] +
           ' ' + QByteArray::number(date.year()) + ' ' +
           time.toString(QStringLiteral("hh:mm:ss")).toLatin1() + ' ' +
           (offsetMinutes < 0 ? '-' : '+') +
           QByteArray::number(qAbs(offsetMinutes) / 60).rightJustified(2, '0') +
           QByteArray::number(qAbs(offsetMinutes) % 60).rightJustified(2, '0');
}

QByteArray dotStuffed(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 64);
    bool lineStart = true;
    for (const char c : message) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = c == '\n';
    }
    return out;
}

} // namespace ardesk::mime
