#include "bank/BankCsvReader.h"

#include <optional>

#include <QBuffer>
#include <QRegularExpression>

#include "bank/BankInputError.h"
#include "bank/BankText.h"
#include "csv/CsvReader.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// A profile's column found in the file: its 0-based index and the name messages use.
struct Column {
    qsizetype index = -1;
    QString label;

    bool isSet() const { return index >= 0; }
};

struct Columns {
    Column bookingDate, valueDate, amount, debit, credit, name, account, bankReference, currency;
    QList<Column> reference;
};

// A signed amount as banks write it: "-1.234,56" or "1 234,56" with a decimal comma,
// "-1,234.56" with a decimal point; groups of three digits only, so "1,5" is never 15.
std::expected<std::pair<Money, bool>, QString> bankAmount(QStringView text, bool decimalComma,
                                                          CurrencyCode currency)
{
    const QChar point = decimalComma ? u',' : u'.';
    const QChar group = decimalComma ? u'.' : u',';
    const bool negative = text.startsWith(u'-');
    QString digits = (negative || text.startsWith(u'+') ? text.sliced(1) : text).toString();
    static const QRegularExpression comma(
        uR"(^(\d+|\d{1,3}([.\s\x{a0}\x{202f}]\d{3})+)(,\d+)?$)"_s);
    static const QRegularExpression dot(uR"(^(\d+|\d{1,3}([,\s\x{a0}\x{202f}]\d{3})+)(\.\d+)?$)"_s);
    const QString example = decimalComma ? u"-1234,50"_s : u"-1234.50"_s;
    const auto refused = [&] {
        return std::unexpected(
            u"expected an amount like %1 with at most %2 decimals, got \"%3\""_s.arg(
                example, QString::number(currency.minorDigits()), text.left(40).toString()));
    };
    if (!(decimalComma ? comma : dot).match(digits).hasMatch())
        return refused();
    QString plain;
    for (const QChar c : digits) {
        if (c == point)
            plain += u'.';
        else if (c.isDigit())
            plain += c;
        else if (c != group && !c.isSpace())
            return refused();
    }
    if (const qsizetype at = plain.indexOf(u'.'); at >= 0) {
        while (plain.size() - at - 1 > currency.minorDigits() && plain.endsWith(u'0'))
            plain.chop(1);
        if (plain.endsWith(u'.'))
            plain.chop(1);
    }
    const auto money = BankText::decimalPointAmount(plain, currency);
    if (!money)
        return refused();
    return std::pair{*money, negative};
}

class CsvStatementParser {
public:
    CsvStatementParser(const QString& file, const BankCsvProfile& profile)
        : m_file(file)
        , m_profile(profile)
    {}

    Result<QList<BankStatement>> parse(QIODevice* device);

private:
    std::optional<Error> resolve(const CsvRecord* header);
    std::optional<Error> resolve(const QString& wanted, const CsvRecord* header, Column& column);
    std::optional<Error> take(const CsvRecord& row);
    Result<QDate> date(const CsvRecord& row, const Column& column) const;
    Error valueError(const CsvRecord& row, const Column& column, const QString& what) const
    {
        return bankInputError(m_file, row.line, static_cast<int>(column.index + 1),
                              column.label + u": "_s + what)
            .error();
    }
    static QString cell(const CsvRecord& row, const Column& column)
    {
        return column.isSet() ? row.fields.value(column.index).trimmed() : QString();
    }

    const QString& m_file;
    const BankCsvProfile& m_profile;
    Columns m_columns;
    std::optional<CurrencyCode> m_currency;
    QList<BankEntry> m_entries;
};

std::optional<Error> CsvStatementParser::resolve(const QString& wanted, const CsvRecord* header,
                                                 Column& column)
{
    if (wanted.isEmpty())
        return std::nullopt;
    bool position = false;
    const int number = wanted.toInt(&position);
    if (position && number > 0) {
        column.index = number - 1;
        column.label = header && header->fields.size() >= number
                           ? header->fields.at(number - 1).trimmed()
                           : u"column %1"_s.arg(number);
        return std::nullopt;
    }
    for (qsizetype i = 0; header && i < header->fields.size(); ++i) {
        if (header->fields.at(i).trimmed() == wanted.trimmed()) {
            column = Column{i, wanted.trimmed()};
            return std::nullopt;
        }
    }
    return bankInputError(
               m_file, header ? header->line : 1, 1,
               u"expected a column \"%1\" (CSV profile \"%2\"); the header has %3"_s.arg(
                   wanted, m_profile.name,
                   header ? u"\""_s + header->fields.join(u"\", \""_s) + u'"' : u"none"_s))
        .error();
}

std::optional<Error> CsvStatementParser::resolve(const CsvRecord* header)
{
    const std::pair<const QString&, Column&> singles[] = {
        {m_profile.bookingDateColumn, m_columns.bookingDate},
        {m_profile.valueDateColumn, m_columns.valueDate},
        {m_profile.amountColumn, m_columns.amount},
        {m_profile.debitColumn, m_columns.debit},
        {m_profile.creditColumn, m_columns.credit},
        {m_profile.counterpartyNameColumn, m_columns.name},
        {m_profile.counterpartyAccountColumn, m_columns.account},
        {m_profile.bankReferenceColumn, m_columns.bankReference},
        {m_profile.currencyColumn, m_columns.currency},
    };
    for (const auto& [wanted, column] : singles) {
        if (auto error = resolve(wanted, header, column))
            return error;
    }
    for (const QString& wanted : m_profile.referenceColumns) {
        Column column;
        if (auto error = resolve(wanted, header, column))
            return error;
        m_columns.reference.append(column);
    }
    return std::nullopt;
}

Result<QDate> CsvStatementParser::date(const CsvRecord& row, const Column& column) const
{
    const QString text = cell(row, column);
    QDate value = QDate::fromString(text, m_profile.dateFormat);
    // Qt reads a two-digit year as 19xx; a bank statement's is 20xx.
    if (value.isValid() && !m_profile.dateFormat.contains(u"yyyy"_s))
        value = value.addYears(100);
    if (!value.isValid())
        return std::unexpected(valueError(
            row, column,
            u"expected a date like %1, got \"%2\""_s.arg(m_profile.dateFormat, text.left(40))));
    return value;
}

std::optional<Error> CsvStatementParser::take(const CsvRecord& row)
{
    const auto booking = date(row, m_columns.bookingDate);
    if (!booking)
        return booking.error();
    QDate valueDate = *booking;
    if (!cell(row, m_columns.valueDate).isEmpty()) {
        const auto value = date(row, m_columns.valueDate);
        if (!value)
            return value.error();
        valueDate = *value;
    }
    CurrencyCode currency = *CurrencyCode::fromCode(u"EUR");
    if (m_columns.currency.isSet()) {
        const auto code = BankText::currency(cell(row, m_columns.currency));
        if (!code)
            return valueError(row, m_columns.currency, code.error());
        currency = *code;
    } else {
        currency = *BankText::currency(m_profile.currency);
    }
    if (!m_currency)
        m_currency = currency;

    std::optional<std::pair<Money, bool>> amount;
    if (m_columns.amount.isSet()) {
        const auto read = bankAmount(cell(row, m_columns.amount), m_profile.decimalComma, currency);
        if (!read)
            return valueError(row, m_columns.amount, read.error());
        amount = *read;
    } else {
        // The column tells the direction: banks write debits signed or not.
        for (const auto& [column, out] :
             {std::pair{&m_columns.debit, true}, std::pair{&m_columns.credit, false}}) {
            const QString text = cell(row, *column);
            if (text.isEmpty())
                continue;
            const auto read = bankAmount(text, m_profile.decimalComma, currency);
            if (!read)
                return valueError(row, *column, read.error());
            if (read->first.isZero() && amount)
                continue;
            if (amount && !amount->first.isZero())
                return valueError(row, *column,
                                  u"expected an amount in only one of \"%1\" and \"%2\""_s.arg(
                                      m_columns.debit.label, m_columns.credit.label));
            amount = std::pair{read->first, out};
        }
        if (!amount)
            return valueError(row, m_columns.debit,
                              u"expected an amount in \"%1\" or \"%2\""_s.arg(
                                  m_columns.debit.label, m_columns.credit.label));
    }
    QStringList reference;
    for (const Column& column : m_columns.reference) {
        if (const QString text = cell(row, column); !text.isEmpty())
            reference.append(text);
    }
    m_entries.append(BankEntry{.bankReference = cell(row, m_columns.bankReference),
                               .bookingDate = *booking,
                               .valueDate = valueDate,
                               .amount = amount->first,
                               .credit = !amount->second && !amount->first.isZero(),
                               .booked = true,
                               .counterpartyName = cell(row, m_columns.name),
                               .counterpartyAccount = cell(row, m_columns.account),
                               .reference = reference.join(u' '),
                               .sourceLine = row.line,
                               .sourceColumn = 1});
    return std::nullopt;
}

Result<QList<BankStatement>> CsvStatementParser::parse(QIODevice* device)
{
    CsvReader reader(device, m_profile.separator);
    int skipped = 0;
    bool resolved = false;
    // Rows wait here until it is clear they are not among the trailing rows to skip.
    QList<CsvRecord> waiting;
    for (;;) {
        CsvRecord record;
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::SyntaxError) {
            const CsvSyntaxError& error = reader.syntaxError();
            return bankInputError(m_file, error.line, error.column, error.message);
        }
        if (status == CsvReader::Status::End)
            break;
        if (skipped < m_profile.skipRows) {
            ++skipped;
            continue;
        }
        if (!resolved) {
            resolved = true;
            if (m_profile.headerRow) {
                if (auto error = resolve(&record))
                    return std::unexpected(*error);
                continue;
            }
            if (auto error = resolve(nullptr))
                return std::unexpected(*error);
        }
        waiting.append(std::move(record));
        if (waiting.size() > m_profile.skipTrailingRows) {
            if (auto error = take(waiting.takeFirst()))
                return std::unexpected(*error);
        }
    }
    if (!resolved && m_profile.headerRow)
        return bankInputError(
            m_file, 1, 1,
            u"the file is empty; expected the header row of CSV profile \"%1\""_s.arg(
                m_profile.name));
    if (!m_currency)
        return QList<BankStatement>{};
    return QList<BankStatement>{BankStatement{.format = u"csv"_s,
                                              .account = m_profile.account,
                                              .currency = *m_currency,
                                              .entries = std::move(m_entries)}};
}

} // namespace

BankCsvReader::BankCsvReader(QString fileName, BankCsvProfile profile)
    : m_fileName(std::move(fileName))
    , m_profile(std::move(profile))
{}

Result<QList<BankStatement>> BankCsvReader::read(QByteArrayView content) const
{
    if (const QString problem = bankCsvProfileProblem(m_profile); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    u"CSV profile \"%1\": %2"_s.arg(m_profile.name, problem));
    // The CSV reader takes UTF-8; an ISO-8859-1 export is converted first.
    QByteArray utf8 = BankText::decode(content).toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    return CsvStatementParser(m_fileName, m_profile).parse(&buffer);
}

} // namespace ardesk
