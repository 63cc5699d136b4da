#include "bank/CamtReader.h"

#include <optional>

#include <QRegularExpression>
#include <QXmlStreamReader>

#include "bank/BankInputError.h"
#include "bank/BankText.h"
#include "bank/CamtEntryDraft.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr int kOldestVersion = 2;
constexpr int kNewestVersion = 8;

// Where each line starts in the file, to turn the reader's position (just past a start tag)
// into the position of the tag's '<', which is what a person looks for in an editor.
class LinePositions {
public:
    explicit LinePositions(QByteArrayView bytes)
        : m_bytes(bytes)
    {
        m_starts.append(0);
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes[i] == '\n')
                m_starts.append(i + 1);
        }
    }

    // columnAfter: the reader's 0-based column just past the tag. Falls back to that column
    // (1-based) when the tag began on an earlier line.
    int tagColumn(qint64 line, qint64 columnAfter) const
    {
        if (line < 1 || line > m_starts.size())
            return static_cast<int>(columnAfter) + 1;
        const qsizetype start = m_starts[line - 1];
        const qsizetype end =
            line < m_starts.size() ? m_starts[line] : static_cast<qsizetype>(m_bytes.size());
        const QString text = QString::fromUtf8(m_bytes.sliced(start, end - start));
        const qsizetype from = qMin<qsizetype>(columnAfter, text.size()) - 1;
        const qsizetype open = from >= 0 ? text.lastIndexOf(u'<', from) : -1;
        return static_cast<int>(open >= 0 ? open + 1 : columnAfter + 1);
    }

private:
    QByteArrayView m_bytes;
    QList<qsizetype> m_starts;
};

struct OpenElement {
    QString name;
    int line = 0;
    int column = 0;
    QString currency; // the Ccy attribute, for <Amt>
    bool hasCurrency = false;
    bool hasChildren = false;
};

struct StatementDraft {
    int line = 0;
    int column = 0;
    QString id;
    QString account;
    CamtValue currency; // Acct/Ccy
    std::optional<CamtAmount> firstBalance;
    QList<BankEntry> entries;
};

// The message a file holds, from its root element's namespace.
struct MessageKind {
    QString format;    // "camt.053" or "camt.054"
    QString container; // BkToCstmrStmt or BkToCstmrDbtCdtNtfctn
    QString statement; // Stmt or Ntfctn
};

class CamtParser {
public:
    CamtParser(const QString& file, QByteArrayView content)
        : m_file(file)
        , m_positions(content)
        , m_xml(QByteArray::fromRawData(content.data(), content.size()))
    {}

    Result<QList<BankStatement>> parse();

private:
    std::optional<Error> startElement();
    std::optional<Error> endElement();
    std::optional<Error> checkRoot(const OpenElement& root);
    std::optional<Error> finishStatement();
    void takeStatementValue(const QString& path, const OpenElement& element);
    void takeEntryValue(const QString& path, const OpenElement& element);
    void takeDetailValue(const QString& path, const OpenElement& element);
    QString pathFrom(qsizetype depth) const;
    CamtValue valueOf(const OpenElement& element) const;
    CamtAmount amountOf(const OpenElement& element) const;
    Error errorAt(const OpenElement& element, const QString& what) const;

    const QString& m_file;
    LinePositions m_positions;
    QXmlStreamReader m_xml;
    QList<OpenElement> m_open;
    QString m_text; // character data of the innermost element so far
    MessageKind m_kind;
    qsizetype m_statementDepth = -1;
    qsizetype m_entryDepth = -1;
    qsizetype m_detailDepth = -1;
    StatementDraft m_statement;
    CamtEntryDraft m_entry;
    QList<BankStatement> m_statements;
};

Error CamtParser::errorAt(const OpenElement& element, const QString& what) const
{
    return bankInputError(m_file, element.line, element.column, what).error();
}

Result<QList<BankStatement>> CamtParser::parse()
{
    while (!m_xml.atEnd()) {
        std::optional<Error> error;
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            error = startElement();
            break;
        case QXmlStreamReader::EndElement:
            error = endElement();
            break;
        case QXmlStreamReader::Characters:
            m_text += m_xml.text();
            break;
        default:
            break;
        }
        if (error)
            return std::unexpected(*error);
    }
    if (m_xml.hasError()) {
        return bankInputError(
            m_file, static_cast<int>(m_xml.lineNumber()),
            static_cast<int>(m_xml.columnNumber()) + 1,
            u"malformed XML (%1); expected a well-formed camt.053 or camt.054 document"_s.arg(
                m_xml.errorString()));
    }
    return m_statements;
}

std::optional<Error> CamtParser::startElement()
{
    const qint64 line = m_xml.lineNumber();
    OpenElement element{
        .name = m_xml.name().toString(),
        .line = static_cast<int>(line),
        .column = m_positions.tagColumn(line, m_xml.columnNumber()),
    };
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (attributes.hasAttribute(u"Ccy"_s)) {
        element.currency = attributes.value(u"Ccy"_s).toString();
        element.hasCurrency = true;
    }
    m_text.clear();
    const qsizetype depth = m_open.size();
    if (depth > 0)
        m_open.back().hasChildren = true;
    if (depth == 0) {
        if (auto error = checkRoot(element))
            return error;
    } else if (depth == 1 && element.name != m_kind.container) {
        return errorAt(element, u"expected <%1> in a %2 document, found <%3>"_s.arg(
                                    m_kind.container, m_kind.format, element.name));
    } else if (depth == 2 && element.name == m_kind.statement) {
        m_statementDepth = depth;
        m_statement = StatementDraft{.line = element.line, .column = element.column};
    } else if (m_statementDepth >= 0 && depth == m_statementDepth + 1 && element.name == u"Ntry") {
        m_entryDepth = depth;
        m_entry = CamtEntryDraft{.line = element.line, .column = element.column};
    } else if (m_entryDepth >= 0 && depth == m_entryDepth + 2 && element.name == u"TxDtls" &&
               m_open.back().name == u"NtryDtls") {
        m_detailDepth = depth;
        m_entry.details.append(CamtDetail{.line = element.line, .column = element.column});
    }
    m_open.append(element);
    return std::nullopt;
}

std::optional<Error> CamtParser::checkRoot(const OpenElement& root)
{
    static const QRegularExpression camt(
        uR"(^urn:iso:std:iso:20022:tech:xsd:camt\.(05[0-9])\.001\.([0-9]{2})$)"_s);
    const QString ns = m_xml.namespaceUri().toString();
    const QRegularExpressionMatch match = camt.match(ns);
    const QString expected = u"expected a camt.053 or camt.054 document, versions .001.%1 to "
                             u".001.%2 (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.0N)"_s
                                 .arg(kOldestVersion, 2, 10, QChar(u'0'))
                                 .arg(kNewestVersion, 2, 10, QChar(u'0'));
    if (root.name != u"Document" || !match.hasMatch())
        return errorAt(
            root, u"%1, found <%2> in namespace \"%3\""_s.arg(expected, root.name, ns.left(100)));
    const QString message = match.captured(1);
    const int version = match.captured(2).toInt();
    if (message != u"053" && message != u"054")
        return errorAt(root, u"%1, found camt.%2"_s.arg(expected, message));
    if (version < kOldestVersion || version > kNewestVersion)
        return errorAt(root,
                       u"%1, found camt.%2.001.%3"_s.arg(expected, message, match.captured(2)));
    if (message == u"053")
        m_kind = {u"camt.053"_s, u"BkToCstmrStmt"_s, u"Stmt"_s};
    else
        m_kind = {u"camt.054"_s, u"BkToCstmrDbtCdtNtfctn"_s, u"Ntfctn"_s};
    return std::nullopt;
}

QString CamtParser::pathFrom(qsizetype depth) const
{
    QString path;
    for (qsizetype i = depth + 1; i < m_open.size(); ++i) {
        if (!path.isEmpty())
            path += u'/';
        path += m_open[i].name;
    }
    return path;
}

CamtValue CamtParser::valueOf(const OpenElement& element) const
{
    return {.text = m_text, .line = element.line, .column = element.column, .present = true};
}

CamtAmount CamtParser::amountOf(const OpenElement& element) const
{
    return {.value = valueOf(element),
            .currency = element.currency,
            .hasCurrency = element.hasCurrency};
}

std::optional<Error> CamtParser::endElement()
{
    if (m_open.isEmpty())
        return std::nullopt; // the XML reader reports the stray end tag itself
    const qsizetype depth = m_open.size() - 1;
    const OpenElement& element = m_open.back();
    std::optional<Error> error;
    if (depth == m_detailDepth) {
        m_detailDepth = -1;
    } else if (depth == m_entryDepth) {
        m_entryDepth = -1;
        auto entries = m_entry.toEntries(m_file);
        if (!entries)
            error = entries.error();
        else
            m_statement.entries.append(*entries);
    } else if (depth == m_statementDepth) {
        m_statementDepth = -1;
        error = finishStatement();
    } else if (m_detailDepth >= 0) {
        takeDetailValue(pathFrom(m_detailDepth), element);
    } else if (m_entryDepth >= 0) {
        takeEntryValue(pathFrom(m_entryDepth), element);
    } else if (m_statementDepth >= 0) {
        takeStatementValue(pathFrom(m_statementDepth), element);
    }
    m_open.removeLast();
    m_text.clear();
    return error;
}

void CamtParser::takeStatementValue(const QString& path, const OpenElement& element)
{
    if (path == u"Id")
        m_statement.id = m_text.trimmed();
    else if (path == u"Acct/Id/IBAN" || path == u"Acct/Id/Othr/Id")
        m_statement.account = m_text.simplified();
    else if (path == u"Acct/Ccy")
        m_statement.currency = valueOf(element);
    else if (path == u"Bal/Amt" && !m_statement.firstBalance)
        m_statement.firstBalance = amountOf(element);
}

void CamtParser::takeEntryValue(const QString& path, const OpenElement& element)
{
    if (path == u"Amt")
        m_entry.amount = amountOf(element);
    else if (path == u"CdtDbtInd")
        m_entry.creditDebit = valueOf(element);
    else if ((path == u"Sts" && !element.hasChildren) || path == u"Sts/Cd")
        m_entry.status = valueOf(element);
    else if (path == u"BookgDt/Dt" || path == u"BookgDt/DtTm")
        m_entry.bookingDate = valueOf(element);
    else if (path == u"ValDt/Dt" || path == u"ValDt/DtTm")
        m_entry.valueDate = valueOf(element);
    else if (path == u"AcctSvcrRef")
        m_entry.accountServicerReference = m_text;
    else if (path == u"NtryRef")
        m_entry.entryReference = m_text;
    else if (path == u"AddtlNtryInf")
        m_entry.additionalInfo = m_text;
}

void CamtParser::takeDetailValue(const QString& path, const OpenElement& element)
{
    if (m_entry.details.isEmpty())
        return;
    CamtDetail& detail = m_entry.details.back();
    // .001.08 wraps parties in <Pty>; earlier versions name them directly.
    if (path == u"Amt")
        detail.amount = amountOf(element);
    else if (path == u"AmtDtls/TxAmt/Amt")
        detail.txAmount = amountOf(element);
    else if (path == u"CdtDbtInd")
        detail.creditDebit = valueOf(element);
    else if (path == u"Refs/EndToEndId")
        detail.endToEndId = m_text;
    else if (path == u"RltdPties/Dbtr/Nm" || path == u"RltdPties/Dbtr/Pty/Nm")
        detail.debtorName = m_text;
    else if (path == u"RltdPties/DbtrAcct/Id/IBAN" || path == u"RltdPties/DbtrAcct/Id/Othr/Id")
        detail.debtorAccount = m_text;
    else if (path == u"RltdPties/Cdtr/Nm" || path == u"RltdPties/Cdtr/Pty/Nm")
        detail.creditorName = m_text;
    else if (path == u"RltdPties/CdtrAcct/Id/IBAN" || path == u"RltdPties/CdtrAcct/Id/Othr/Id")
        detail.creditorAccount = m_text;
    else if (path == u"RmtInf/Strd/CdtrRefInf/Ref")
        detail.structuredReferences.append(m_text);
    else if (path == u"RmtInf/Ustrd")
        detail.unstructured.append(m_text);
}

// The statement's currency: the account's (Acct/Ccy), else that of its first entry, else of
// its first balance. A statement with none of them cannot say what its amounts are in.
std::optional<Error> CamtParser::finishStatement()
{
    std::optional<CurrencyCode> currency;
    const CamtValue& declared = m_statement.currency;
    if (declared.present) {
        const auto code = BankText::currency(declared.text.trimmed());
        if (!code)
            return bankInputError(m_file, declared.line, declared.column, u"Ccy: "_s + code.error())
                .error();
        currency = *code;
    } else if (!m_statement.entries.isEmpty()) {
        currency = m_statement.entries.front().amount.currency();
    } else if (const auto& balance = m_statement.firstBalance) {
        const CamtValue& at = balance->value;
        if (!balance->hasCurrency)
            return bankInputError(m_file, at.line, at.column,
                                  u"expected a Ccy attribute with the amount's currency"_s)
                .error();
        const auto code = BankText::currency(balance->currency);
        if (!code)
            return bankInputError(m_file, at.line, at.column, u"Ccy: "_s + code.error()).error();
        currency = *code;
    }
    if (!currency)
        return bankInputError(m_file, m_statement.line, m_statement.column,
                              u"%1: expected <Acct><Ccy> or an amount with a Ccy attribute"_s.arg(
                                  m_kind.statement))
            .error();
    m_statements.append(BankStatement{
        .format = m_kind.format,
        .account = m_statement.account,
        .statementId = m_statement.id,
        .currency = *currency,
        .entries = m_statement.entries,
    });
    return std::nullopt;
}

} // namespace

CamtReader::CamtReader(QString fileName)
    : m_fileName(std::move(fileName))
{}

Result<QList<BankStatement>> CamtReader::read(QByteArrayView content) const
{
    return CamtParser(m_fileName, content).parse();
}

} // namespace ardesk
