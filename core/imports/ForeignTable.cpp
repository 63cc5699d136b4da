#include "imports/ForeignTable.h"

#include "imports/ForeignDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ForeignTable::ForeignTable(const QString& file, QList<ImportIssue>& issues, DecimalMark decimalMark)
    : m_file(file)
    , m_issues(issues)
    , m_decimalMark(decimalMark)
{}

bool ForeignTable::read(QIODevice& device, QChar separator)
{
    CsvReader reader(&device, separator);
    CsvRecord record;
    CsvReader::Status status;
    while ((status = reader.next(record)) != CsvReader::Status::End) {
        if (status == CsvReader::Status::SyntaxError) {
            const CsvSyntaxError& error = reader.syntaxError();
            m_issues.append({m_file, error.line, error.column, error.message});
            continue;
        }
        m_rows.append(record);
    }
    return true;
}

QString ForeignTable::key(QStringView name)
{
    QString result;
    for (const QChar c : name) {
        if (c != u'*' && !c.isSpace())
            result.append(c.toCaseFolded());
    }
    return result;
}

bool ForeignTable::takeHeader(const QStringList& required)
{
    if (m_rows.isEmpty()) {
        m_issues.append({m_file, 1, 0,
                         u"the file is empty; expected a header row naming the "
                         u"columns"_s});
        return false;
    }
    const CsvRecord header = m_rows.takeFirst();
    m_names = header.fields;
    bool complete = true;
    for (const QString& name : required) {
        if (field(name) < 0) {
            m_issues.append(
                {m_file, header.line, 0, u"required column \"%1\" is missing"_s.arg(name)});
            complete = false;
        }
    }
    return complete;
}

QChar ForeignTable::detectSeparator(QIODevice& device, int fields)
{
    constexpr qint64 firstLineLimit = 64 * 1024;
    const QByteArray start = device.peek(firstLineLimit);
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (const char c : start) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    if (semicolons == fields - 1)
        return u';';
    if (commas == fields - 1)
        return u',';
    return semicolons > commas ? u';' : u',';
}

void ForeignTable::setFieldNames(const QStringList& names)
{
    m_names = names;
    if (!m_rows.isEmpty()) {
        QStringList first = m_rows.first().fields;
        for (QString& field : first)
            field = field.trimmed();
        if (first == names)
            m_rows.removeFirst();
    }
    const qsizetype count = names.size();
    m_rows.removeIf([&](const CsvRecord& row) {
        if (row.fields.size() == count)
            return false;
        m_issues.append(
            {m_file, row.line, 0,
             u"expected %1 fields (%2 separators), found %3"_s.arg(count).arg(count - 1).arg(
                 row.fields.size())});
        return true;
    });
}

int ForeignTable::field(const QString& name) const
{
    const QString wanted = key(name);
    for (int i = 0; i < m_names.size(); ++i) {
        if (key(m_names.at(i)) == wanted)
            return i;
    }
    return -1;
}

QString ForeignTable::label(int field) const
{
    return field >= 0 && field < m_names.size() ? m_names.at(field) : QString();
}

QString ForeignTable::text(const CsvRecord& row, int field) const
{
    return field >= 0 && field < row.fields.size() ? row.fields.at(field) : u""_s;
}

void ForeignTable::error(const CsvRecord& row, int field, const QString& message)
{
    m_issues.append({m_file, row.line, field + 1, label(field) + u": "_s + message});
}

std::optional<DateOrder> ForeignTable::dateOrder(const QList<int>& fields,
                                                 std::optional<DateOrder> chosen)
{
    if (chosen)
        return chosen;
    ForeignDate dates;
    for (const CsvRecord& row : std::as_const(m_rows)) {
        for (const int field : fields)
            dates.observe(text(row, field));
    }
    if (const auto order = dates.detected())
        return order;
    if (dates.ambiguousExample().isEmpty()) {
        // Every date reads the same either way (or there are none).
        return DateOrder::DayMonthYear;
    }
    m_issues.append(
        {m_file, 0, 0,
         u"cannot tell the date order: every date, like \"%1\", fits both D/M/Y and M/D/Y; "
         u"choose the order (--date-order dmy, mdy or ymd)"_s.arg(dates.ambiguousExample())});
    return std::nullopt;
}

std::optional<QDate> ForeignTable::date(const CsvRecord& row, int field, DateOrder order,
                                        bool required)
{
    const QString value = text(row, field);
    if (value.isEmpty()) {
        if (required)
            error(row, field, u"a date is required (%1)"_s.arg(dateOrderPattern(order)));
        return std::nullopt;
    }
    const auto date = ForeignDate::parse(value, order);
    if (!date) {
        error(row, field, u"expected %1, got \"%2\""_s.arg(ForeignDate::expectation(order), value));
    }
    return date;
}

std::optional<ForeignAmount> ForeignTable::amount(const CsvRecord& row, int field,
                                                  ForeignAmount fallback)
{
    const QString value = text(row, field);
    if (value.isEmpty())
        return fallback;
    const auto amount = ForeignAmount::parse(value, m_decimalMark);
    if (!amount)
        error(row, field, ForeignAmount::expectation(m_decimalMark) + u", got \"%1\""_s.arg(value));
    return amount;
}

} // namespace ardesk
