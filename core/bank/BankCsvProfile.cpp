#include "bank/BankCsvProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "bank/BankText.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isPosition(const QString& column)
{
    bool ok = false;
    return column.toInt(&ok) > 0 && ok;
}

struct ColumnKey {
    const char16_t* key;
    QString BankCsvProfile::*member;
};

// The single-column settings under "columns" in the JSON, in the order they are written.
constexpr ColumnKey columnKeys[] = {
    {u"booking_date", &BankCsvProfile::bookingDateColumn},
    {u"value_date", &BankCsvProfile::valueDateColumn},
    {u"amount", &BankCsvProfile::amountColumn},
    {u"debit", &BankCsvProfile::debitColumn},
    {u"credit", &BankCsvProfile::creditColumn},
    {u"counterparty_name", &BankCsvProfile::counterpartyNameColumn},
    {u"counterparty_account", &BankCsvProfile::counterpartyAccountColumn},
    {u"bank_reference", &BankCsvProfile::bankReferenceColumn},
    {u"currency", &BankCsvProfile::currencyColumn},
};

} // namespace

QString bankCsvProfileProblem(const BankCsvProfile& profile)
{
    if (profile.name.trimmed().isEmpty())
        return u"expected a profile name"_s;
    if (profile.separator == u'"' || profile.separator == u'\n' || profile.separator == u'\r')
        return u"expected a separator other than a quote or a line break"_s;
    if (profile.skipRows < 0 || profile.skipTrailingRows < 0)
        return u"expected a number of rows to skip of 0 or more"_s;
    if (profile.bookingDateColumn.isEmpty())
        return u"expected the booking date column"_s;
    const bool split = !profile.debitColumn.isEmpty() || !profile.creditColumn.isEmpty();
    if (profile.amountColumn.isEmpty() == !split)
        return u"expected either an amount column or a debit and a credit column"_s;
    if (split && (profile.debitColumn.isEmpty() || profile.creditColumn.isEmpty()))
        return u"expected both a debit and a credit column"_s;
    const QString& format = profile.dateFormat;
    if (!format.contains(u"yy"_s) || !format.contains(u'M') || !format.contains(u'd'))
        return u"expected a date format with day, month and year, like dd.MM.yyyy, got \"%1\""_s
            .arg(format);
    if (profile.currencyColumn.isEmpty()) {
        if (const auto code = BankText::currency(profile.currency); !code)
            return u"currency: "_s + code.error();
    }
    if (profile.account.trimmed().isEmpty())
        return u"expected the account the statements are of"_s;
    if (!profile.headerRow) {
        QStringList columns = profile.referenceColumns;
        for (const ColumnKey& key : columnKeys)
            columns.append(profile.*key.member);
        for (const QString& column : columns) {
            if (!column.isEmpty() && !isPosition(column))
                return u"expected column positions (1 = first) for a file without a header "
                       "row, got \"%1\""_s.arg(column);
        }
    }
    return QString();
}

QByteArray bankCsvProfileToJson(const BankCsvProfile& profile)
{
    QJsonObject columns;
    for (const ColumnKey& key : columnKeys) {
        if (!(profile.*key.member).isEmpty())
            columns.insert(QString::fromUtf16(key.key), profile.*key.member);
    }
    if (!profile.referenceColumns.isEmpty())
        columns.insert(u"reference"_s, QJsonArray::fromStringList(profile.referenceColumns));
    QJsonObject settings{
        {u"separator"_s, QString(profile.separator)},
        {u"header"_s, profile.headerRow},
        {u"skip_rows"_s, profile.skipRows},
        {u"skip_trailing_rows"_s, profile.skipTrailingRows},
        {u"columns"_s, columns},
        {u"decimal_comma"_s, profile.decimalComma},
        {u"date_format"_s, profile.dateFormat},
        {u"account"_s, profile.account},
    };
    if (!profile.currency.isEmpty())
        settings.insert(u"currency"_s, profile.currency);
    return QJsonDocument(settings).toJson(QJsonDocument::Compact);
}

std::expected<BankCsvProfile, QString> bankCsvProfileFromJson(const QString& name,
                                                              QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (!document.isObject())
        return std::unexpected(u"expected the settings as a JSON object: %1"_s.arg(
            error.error == QJsonParseError::NoError ? u"not an object"_s : error.errorString()));
    const QJsonObject settings = document.object();
    BankCsvProfile profile;
    profile.name = name;
    const QString separator = settings.value(u"separator"_s).toString(u","_s);
    if (separator.size() != 1)
        return std::unexpected(u"expected a one-character separator, got \"%1\""_s.arg(separator));
    profile.separator = separator.front();
    profile.headerRow = settings.value(u"header"_s).toBool(true);
    profile.skipRows = settings.value(u"skip_rows"_s).toInt(0);
    profile.skipTrailingRows = settings.value(u"skip_trailing_rows"_s).toInt(0);
    const QJsonObject columns = settings.value(u"columns"_s).toObject();
    for (const ColumnKey& key : columnKeys)
        profile.*key.member = columns.value(QString::fromUtf16(key.key)).toString();
    for (const QJsonValue reference : columns.value(u"reference"_s).toArray())
        profile.referenceColumns.append(reference.toString());
    profile.decimalComma = settings.value(u"decimal_comma"_s).toBool(false);
    profile.dateFormat = settings.value(u"date_format"_s).toString(profile.dateFormat);
    profile.currency = settings.value(u"currency"_s).toString();
    profile.account = settings.value(u"account"_s).toString();
    if (const QString problem = bankCsvProfileProblem(profile); !problem.isEmpty())
        return std::unexpected(problem);
    return profile;
}

} // namespace ardesk
