#include "bank/Mt940Reader.h"

#include <optional>

#include <QRegularExpression>
#include <QStringList>

#include "bank/BankInputError.h"
#include "bank/BankText.h"
#include "bank/Mt940Details.h"
#include "bank/Mt940EntryLine.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// One tag and its text: the rest of the tag's line, then its continuation lines.
struct Field {
    QString tag;
    QStringList lines;
    int line = 0;        // of the tag
    int valueColumn = 0; // 1-based column where the value after ":TAG:" starts
};

// A physical line without its line end and trailing blanks.
struct SourceLine {
    QString text;
    int number = 0;
    int offset = 0; // characters dropped from its start (the SWIFT envelope), for columns
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

QList<SourceLine> splitLines(const QString& text)
{
    QList<SourceLine> lines;
    int number = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        qsizetype end = line.size();
        while (end > 0 && isBlank(line[end - 1]))
            --end;
        lines.append({line.first(end).toString(), number, 0});
    }
    return lines;
}

// "-", "-}", "-}{5:…}" end a SWIFT message; some banks write "-XXX".
bool isMessageEnd(const QString& line)
{
    static const QRegularExpression end(uR"(^-(\}.*|[A-Z]{0,3})$)"_s);
    return end.match(line).hasMatch();
}

// Fields of the whole file, envelope and bank headers left out.
QList<Field> fieldsOf(const QList<SourceLine>& lines)
{
    static const QRegularExpression tag(uR"(^:([0-9]{2}[A-Z]?):)"_s);
    QList<Field> fields;
    bool open = false; // whether a continuation line belongs to the last field
    for (SourceLine line : lines) {
        if (line.text.startsWith(u'{')) {
            const qsizetype body = line.text.indexOf(u"{4:");
            if (body < 0) {
                open = false;
                continue;
            }
            line.offset = static_cast<int>(body + 3);
            line.text = line.text.sliced(body + 3);
        }
        if (line.text.isEmpty())
            continue;
        if (isMessageEnd(line.text)) {
            open = false;
            continue;
        }
        if (const QRegularExpressionMatch match = tag.match(line.text); match.hasMatch()) {
            const qsizetype valueStart = match.capturedLength();
            fields.append(Field{.tag = match.captured(1),
                                .lines = {line.text.sliced(valueStart)},
                                .line = line.number,
                                .valueColumn = static_cast<int>(line.offset + valueStart + 1)});
            open = true;
        } else if (open) {
            fields.back().lines.append(line.text);
        }
    }
    return fields;
}

struct StatementDraft {
    QString id;
    QString account;
    std::optional<CurrencyCode> currency;
    bool closed = false;
    int line = 0;
    QList<BankEntry> entries;
    bool entryAwaitsDetails = false;
};

class Mt940Parser {
public:
    Mt940Parser(const QString& file, const QList<SourceLine>& lines)
        : m_file(file)
        , m_lines(lines)
    {}

    Result<QList<BankStatement>> parse();

private:
    std::optional<Error> take(const Field& field);
    std::optional<Error> finishStatement(int line, int column, const QString& where);
    std::optional<Error> takeBalance(const Field& field, bool opening);
    std::optional<Error> takeEntry(const Field& field);
    Error errorAt(int line, int column, const QString& what) const
    {
        return bankInputError(m_file, line, column, what).error();
    }

    const QString& m_file;
    const QList<SourceLine>& m_lines;
    std::optional<StatementDraft> m_statement;
    QList<BankStatement> m_statements;
};

Result<QList<BankStatement>> Mt940Parser::parse()
{
    for (const Field& field : fieldsOf(m_lines)) {
        if (auto error = take(field))
            return std::unexpected(*error);
    }
    // The end of the file: after its last character.
    int line = 1;
    int column = 1;
    for (const SourceLine& source : m_lines) {
        if (!source.text.isEmpty()) {
            line = source.number;
            column = source.offset + static_cast<int>(source.text.size()) + 1;
        }
    }
    if (!m_statement && m_statements.isEmpty())
        return bankInputError(m_file, line, column,
                              u"expected an MT940 statement starting with :20:"_s);
    if (auto error = finishStatement(line, column, u"before the end of the file"_s))
        return std::unexpected(*error);
    return m_statements;
}

std::optional<Error> Mt940Parser::take(const Field& field)
{
    const QString& tag = field.tag;
    const int column = field.valueColumn - static_cast<int>(tag.size()) - 2;
    if (tag == u"20") {
        if (auto error = finishStatement(field.line, column, u"before the next :20:"_s))
            return error;
        m_statement = StatementDraft{.id = field.lines.front().trimmed(), .line = field.line};
        return std::nullopt;
    }
    if (!m_statement)
        return errorAt(field.line, column,
                       u"expected :20: to start a statement, found :%1:"_s.arg(tag));
    if (m_statement->closed && (tag == u"61" || tag.startsWith(u"60")))
        return errorAt(field.line, column,
                       u"expected :20: to start a new statement after the closing balance, "
                       u"found :%1:"_s.arg(tag));
    if (tag == u"25") {
        m_statement->account = field.lines.front().trimmed();
    } else if (tag == u"60F" || tag == u"60M") {
        return takeBalance(field, true);
    } else if (tag == u"62F" || tag == u"62M") {
        return takeBalance(field, false);
    } else if (tag == u"61") {
        return takeEntry(field);
    } else if (tag == u"86" && m_statement->entryAwaitsDetails) {
        const Mt940Details details = Mt940Details::parse(field.lines);
        BankEntry& entry = m_statement->entries.back();
        entry.reference = details.reference;
        entry.counterpartyName = details.counterpartyName;
        entry.counterpartyAccount = details.counterpartyAccount;
        m_statement->entryAwaitsDetails = false;
    }
    // :21:, :28C:, :64:, :65:, an :86: about the whole statement: nothing an entry needs.
    return std::nullopt;
}

std::optional<Error> Mt940Parser::finishStatement(int line, int column, const QString& where)
{
    if (!m_statement)
        return std::nullopt;
    StatementDraft& draft = *m_statement;
    if (!draft.closed)
        return errorAt(line, column,
                       u"expected the closing balance :62F: of the statement that starts on "
                       u"line %1 %2"_s.arg(QString::number(draft.line), where));
    if (!draft.currency)
        return errorAt(line, column,
                       u"expected the opening balance :60F: of the statement that starts on "
                       u"line %1 %2"_s.arg(QString::number(draft.line), where));
    m_statements.append(BankStatement{
        .format = u"mt940"_s,
        .account = draft.account,
        .statementId = draft.id,
        .currency = *draft.currency,
        .entries = draft.entries,
    });
    m_statement.reset();
    return std::nullopt;
}

// C/D mark, date YYMMDD, currency, amount with decimal comma: "C070903EUR1234718,36".
std::optional<Error> Mt940Parser::takeBalance(const Field& field, bool opening)
{
    const QString& value = field.lines.front();
    const int at = field.valueColumn;
    if (value.isEmpty() || (value[0] != u'C' && value[0] != u'D'))
        return errorAt(field.line, at, u"expected the balance's mark C or D"_s);
    if (!Mt940EntryLine::parseShortDate(
            QStringView(value).sliced(1).first(qMin<qsizetype>(6, value.size() - 1))) ||
        value.size() < 7)
        return errorAt(field.line, at + 1, u"expected the balance's date as YYMMDD"_s);
    const auto currency = BankText::currency(
        QStringView(value).sliced(7).first(qMin<qsizetype>(3, value.size() - 7)));
    if (!currency)
        return errorAt(field.line, at + 7, currency.error());
    if (m_statement->currency && *m_statement->currency != *currency)
        return errorAt(field.line, at + 7,
                       u"expected the statement's currency %1, found %2"_s.arg(
                           m_statement->currency->code(), currency->code()));
    const auto amount = BankText::decimalCommaAmount(
        QStringView(value).sliced(qMin<qsizetype>(10, value.size())), *currency);
    if (!amount)
        return errorAt(field.line, at + 10, amount.error());
    if (opening)
        m_statement->currency = *currency;
    else
        m_statement->closed = true;
    m_statement->entryAwaitsDetails = false;
    return std::nullopt;
}

std::optional<Error> Mt940Parser::takeEntry(const Field& field)
{
    if (!m_statement->currency)
        return errorAt(field.line, field.valueColumn - 4,
                       u"expected the opening balance :60F: before the first :61:"_s);
    const auto line = Mt940EntryLine::parse(field.lines.front(), *m_statement->currency);
    if (!line)
        return errorAt(field.line, field.valueColumn + static_cast<int>(line.error().offset),
                       line.error().expected);
    m_statement->entries.append(BankEntry{
        .bankReference = line->bankReference,
        .bookingDate = line->bookingDate,
        .valueDate = line->valueDate,
        .amount = *line->amount,
        .credit = line->credit,
        .booked = true, // MT940 lists booked entries; pending ones come in MT942
        .sourceLine = field.line,
        .sourceColumn = field.valueColumn - 4,
    });
    m_statement->entryAwaitsDetails = true;
    return std::nullopt;
}

} // namespace

Mt940Reader::Mt940Reader(QString fileName)
    : m_fileName(std::move(fileName))
{}

Result<QList<BankStatement>> Mt940Reader::read(QByteArrayView content) const
{
    const QList<SourceLine> lines = splitLines(BankText::decode(content));
    return Mt940Parser(m_fileName, lines).parse();
}

} // namespace ardesk
