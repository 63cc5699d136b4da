#include "bank/OfxTokenizer.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u':';
}

// The five XML entities and numeric references; SGML OFX uses the same ones (`&amp;`). An
// unknown or unterminated reference is kept as written: banks write a bare `&` in names.
QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype end = text[i] == u'&' ? text.indexOf(u';', i) : -1;
        if (end < 0 || end - i > 10) {
            out += text[i];
            continue;
        }
        const QStringView name = text.sliced(i + 1, end - i - 1);
        QString decoded;
        if (name == u"amp")
            decoded = u"&"_s;
        else if (name == u"lt")
            decoded = u"<"_s;
        else if (name == u"gt")
            decoded = u">"_s;
        else if (name == u"quot")
            decoded = u"\""_s;
        else if (name == u"apos")
            decoded = u"'"_s;
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x", Qt::CaseInsensitive)
                                  ? name.sliced(2).toUInt(&ok, 16)
                                  : name.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t c = code;
                decoded = QString::fromUcs4(&c, 1);
            }
        }
        if (decoded.isEmpty()) {
            out += text[i];
            continue;
        }
        out += decoded;
        i = end;
    }
    return out;
}

} // namespace

OfxTokenizer::OfxTokenizer(const QString& text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == u'\n')
            m_lineStarts.append(i + 1);
    }
    // The OFX 1.x header is "KEY:VALUE" lines before the first tag: skip to that tag.
    m_pos = m_text.indexOf(u'<');
    if (m_pos < 0)
        m_pos = m_text.size();
}

OfxTokenizer::Token OfxTokenizer::at(qsizetype offset, Kind kind, QString value) const
{
    const auto after = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const qsizetype line = after - m_lineStarts.begin();
    return Token{.kind = kind,
                 .value = std::move(value),
                 .line = static_cast<int>(line),
                 .column = static_cast<int>(offset - *(after - 1) + 1)};
}

OfxTokenizer::Token OfxTokenizer::next()
{
    if (!m_pendingEmpty.isEmpty())
        return at(m_pendingEmptyAt, Kind::EndTag, std::exchange(m_pendingEmpty, QString()));
    while (!m_done) {
        if (m_pos >= m_text.size()) {
            m_done = true;
            return at(m_text.size(), Kind::End, QString());
        }
        if (m_text[m_pos] == u'<') {
            const qsizetype start = m_pos;
            if (QStringView(m_text).sliced(start).startsWith(u"<!--")) {
                const qsizetype end = m_text.indexOf(u"-->", start + 4);
                if (end < 0) {
                    m_done = true;
                    return at(start, Kind::Error, u"expected \"-->\" to end the comment"_s);
                }
                m_pos = end + 3;
                continue;
            }
            if (QStringView(m_text).sliced(start).startsWith(u"<?") ||
                QStringView(m_text).sliced(start).startsWith(u"<!")) {
                const qsizetype end = m_text.indexOf(u'>', start);
                if (end < 0) {
                    m_done = true;
                    return at(start, Kind::Error, u"expected '>' to end the declaration"_s);
                }
                m_pos = end + 1;
                continue;
            }
            return tag(start);
        }
        qsizetype end = m_text.indexOf(u'<', m_pos);
        if (end < 0)
            end = m_text.size();
        const QStringView raw = QStringView(m_text).sliced(m_pos, end - m_pos);
        const qsizetype lead =
            std::find_if(raw.begin(), raw.end(), [](QChar c) { return !c.isSpace(); }) -
            raw.begin();
        const qsizetype start = m_pos + lead;
        m_pos = end;
        if (lead < raw.size())
            return at(start, Kind::Text, decodeEntities(raw.trimmed()));
    }
    return at(m_text.size(), Kind::End, QString());
}

OfxTokenizer::Token OfxTokenizer::tag(qsizetype start)
{
    qsizetype i = start + 1;
    const bool closing = i < m_text.size() && m_text[i] == u'/';
    if (closing)
        ++i;
    const qsizetype nameStart = i;
    while (i < m_text.size() && isNameChar(m_text[i]))
        ++i;
    const QString name = m_text.sliced(nameStart, i - nameStart).toUpper();
    // XML allows blanks before '>' and an empty element "<NAME/>"; OFX has no attributes.
    while (i < m_text.size() && m_text[i].isSpace())
        ++i;
    const bool empty = !closing && i < m_text.size() && m_text[i] == u'/';
    if (empty)
        ++i;
    if (name.isEmpty() || i >= m_text.size() || m_text[i] != u'>') {
        m_done = true;
        return at(name.isEmpty() ? nameStart : i, Kind::Error,
                  name.isEmpty() ? u"expected a tag name after '<'"_s
                                 : u"expected '>' to end the tag <%1>"_s.arg(name));
    }
    m_pos = i + 1;
    if (empty) {
        // "<MEMO/>" is a start tag whose (empty) end follows at once; the reader sees an empty
        // leaf, as in SGML.
        m_pendingEmpty = name;
        m_pendingEmptyAt = start;
    }
    return at(start, closing ? Kind::EndTag : Kind::StartTag, name);
}

} // namespace ardesk
