#include "bank/BankFormatDetector.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include "bank/BankInputError.h"
#include "bank/BankText.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Enough of a file to recognise it; a statement's identifying tags come first.
constexpr qsizetype kSniffBytes = qsizetype(64) * 1024;
constexpr qsizetype kSniffLines = 5;

bool looksLikeOfx(const QString& head)
{
    static const QRegularExpression ofx(uR"(^\s*OFXHEADER\s*:|<\?OFX[\s>]|<OFX>)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return ofx.match(head).hasMatch();
}

bool looksLikeMt940(const QString& head)
{
    static const QRegularExpression start(uR"(^(\{.*\{4:)?:20:)"_s,
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression body(uR"(^:(25|60F|60M|61):)"_s,
                                         QRegularExpression::MultilineOption);
    return start.match(head).hasMatch() && body.match(head).hasMatch();
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 && c != u'\t' && c != u'\r' && c != u'\n';
}

// The first lines (a header and some rows) all hold the same delimiter, and nothing in them
// is a control character a text file would not have.
bool looksLikeDelimitedText(const QString& head)
{
    if (std::any_of(head.begin(), head.end(), isControl))
        return false;
    QStringList lines;
    for (const QStringView line : QStringView(head).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines.append(line.toString());
        if (lines.size() == kSniffLines)
            break;
    }
    if (lines.isEmpty())
        return false;
    for (const QChar delimiter : {u',', u';', u'\t', u'|'}) {
        if (std::all_of(lines.begin(), lines.end(),
                        [delimiter](const QString& line) { return line.contains(delimiter); }))
            return true;
    }
    return false;
}

} // namespace

BankFormatDetector::BankFormatDetector(QString fileName)
    : m_fileName(std::move(fileName))
{}

Result<BankFormat> BankFormatDetector::detect(QByteArrayView content) const
{
    const QString head = BankText::decode(content.first(qMin(content.size(), kSniffBytes)));
    if (head.trimmed().isEmpty())
        return bankInputError(m_fileName, 1, 1,
                              u"the file is empty; expected a bank statement (camt.053, "
                              u"camt.054, MT940, OFX or CSV)"_s);
    if (looksLikeOfx(head))
        return BankFormat::Ofx;
    if (head.trimmed().startsWith(u'<')) {
        QXmlStreamReader xml(QByteArray::fromRawData(content.data(), content.size()));
        while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
        }
        if (xml.hasError())
            return bankInputError(
                m_fileName, static_cast<int>(xml.lineNumber()),
                static_cast<int>(xml.columnNumber()) + 1,
                u"malformed XML (%1); expected a camt.053 or camt.054 document"_s.arg(
                    xml.errorString()));
        static const QRegularExpression camt(
            uR"(^urn:iso:std:iso:20022:tech:xsd:camt\.05[34]\.)"_s);
        if (camt.match(xml.namespaceUri()).hasMatch())
            return BankFormat::Camt;
        return bankInputError(
            m_fileName, static_cast<int>(xml.lineNumber()), 1,
            u"expected a camt.053 or camt.054 document, found <%1> in namespace \"%2\""_s.arg(
                xml.name().toString(), xml.namespaceUri().left(100).toString()));
    }
    if (looksLikeMt940(head))
        return BankFormat::Mt940;
    if (looksLikeDelimitedText(head))
        return BankFormat::Csv;
    return bankInputError(m_fileName, 1, 1,
                          u"expected a bank statement: camt.053/camt.054 XML, MT940, OFX or CSV "
                          u"text; found none of these"_s);
}

} // namespace ardesk
