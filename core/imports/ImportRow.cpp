#include "imports/ImportRow.h"

#include <algorithm>

#include "domain/EarlyPaymentDiscount.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ImportRow::ImportRow(const QString& file, const ImportColumns& columns, const CsvRecord& record,
                     QList<ImportIssue>& issues)
    : m_file(file)
    , m_columns(columns)
    , m_record(record)
    , m_issues(issues)
{}

QString ImportRow::text(const QString& column) const
{
    const int index = m_columns.field(column);
    // Empty, not null, for an absent column: a null QString is bound as SQL NULL, which the
    // ledger's NOT NULL text columns (email, description, ...) refuse.
    return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : u""_s;
}

void ImportRow::error(const QString& column, const QString& message)
{
    m_failed = true;
    m_issues.append({m_file, m_record.line, m_columns.fileColumn(column),
                     m_columns.label(column) + u": "_s + message});
}

namespace {

bool startsWithByteOrderMark(const QString& value)
{
    return value.startsWith(QChar(0xFEFF)) || value.startsWith(QChar(0xFFFE));
}

} // namespace

bool ImportRow::refuseByteOrderMarks()
{
    // Every row of a million-row import passes here: the columns are looked up by name only
    // for the rare row that has such a value.
    if (std::ranges::none_of(m_record.fields, startsWithByteOrderMark))
        return true;
    const QList<QString> names = m_columns.names();
    QList<int> reported; // another tool's field may fill two columns: one issue for it
    for (const QString& column : names) {
        const QString value = text(column);
        const int at = m_columns.fileColumn(column);
        if (startsWithByteOrderMark(value) && !reported.contains(at)) {
            reported.append(at);
            const QString code = QString::number(value.front().unicode(), 16).toUpper();
            error(column, u"starts with an invisible byte-order mark (U+%1), which the ledger "
                          "cannot keep; remove it"_s.arg(code));
        }
    }
    return !m_failed;
}

std::optional<QString> ImportRow::requiredText(const QString& column)
{
    QString value = text(column);
    if (value.isEmpty()) {
        error(column, u"a value is required"_s);
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> ImportRow::date(const QString& column, bool required)
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (required)
            error(column, u"a date is required (YYYY-MM-DD)"_s);
        return std::nullopt;
    }
    const auto parsed = IsoDate::parse(value);
    if (!parsed)
        error(column, u"expected a date as YYYY-MM-DD, got \"%1\""_s.arg(value));
    return parsed;
}

std::optional<qint64> ImportRow::amount(const QString& column, CurrencyCode currency, bool required,
                                        bool zeroAllowed)
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (required)
            error(column, u"an amount is required"_s);
        return std::nullopt;
    }
    const auto money = Money::parsePlain(value, currency);
    if (!money) {
        error(column, money.error().detail + u", got \"%1\""_s.arg(value));
        return std::nullopt;
    }
    if (money->minor() == 0 && !zeroAllowed) {
        error(column, u"expected an amount greater than 0"_s);
        return std::nullopt;
    }
    return money->minor();
}

std::optional<int> ImportRow::percent(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto basisPoints = EarlyPaymentDiscount::parsePercent(value);
    if (!basisPoints) {
        error(column, basisPoints.error().detail + u", got \"%1\""_s.arg(value));
        return std::nullopt;
    }
    return *basisPoints;
}

std::optional<int> ImportRow::count(const QString& column, int maximum)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const bool digits = value.size() <= 6 && std::all_of(value.begin(), value.end(), [](QChar c) {
                            return c >= u'0' && c <= u'9';
                        });
    const int number = digits ? value.toInt() : -1;
    if (!digits || number > maximum) {
        error(column,
              u"expected a whole number from 0 to %1, got \"%2\""_s.arg(maximum).arg(value));
        return std::nullopt;
    }
    return number;
}

} // namespace ardesk
