#include "bank/CamtEntryDraft.h"

#include <algorithm>
#include <optional>

#include "bank/BankInputError.h"
#include "bank/BankText.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<Money> readAmount(const CamtAmount& amount, const QString& file)
{
    const CamtValue& value = amount.value;
    if (!amount.hasCurrency)
        return bankInputError(file, value.line, value.column,
                              u"expected a Ccy attribute with the amount's currency"_s);
    const auto currency = BankText::currency(amount.currency);
    if (!currency)
        return bankInputError(file, value.line, value.column, u"Ccy: "_s + currency.error());
    const auto money = BankText::decimalPointAmount(value.text.trimmed(), *currency);
    if (!money)
        return bankInputError(file, value.line, value.column, u"Amt: "_s + money.error());
    return *money;
}

Result<bool> readCredit(const CamtValue& value, const QString& file)
{
    const QString code = value.text.trimmed();
    if (code == u"CRDT")
        return true;
    if (code == u"DBIT")
        return false;
    return bankInputError(file, value.line, value.column,
                          u"CdtDbtInd: expected CRDT or DBIT, found \"%1\""_s.arg(code.left(40)));
}

// BOOK is booked; PDNG (pending), INFO (information only) and FUTR (.001.08: future) are not.
// camt.053 requires a status; where a bank leaves it out, a statement entry counts as booked.
Result<bool> readBooked(const CamtValue& value, const QString& file)
{
    if (!value.present)
        return true;
    const QString code = value.text.trimmed();
    if (code == u"BOOK")
        return true;
    if (code == u"PDNG" || code == u"INFO" || code == u"FUTR")
        return false;
    return bankInputError(
        file, value.line, value.column,
        u"Sts: expected BOOK, PDNG, INFO or FUTR, found \"%1\""_s.arg(code.left(40)));
}

// Dt is a date; DtTm a date and time whose date part is the bank's local day, so it is taken
// as written, never converted to UTC.
Result<std::optional<QDate>> readDate(const CamtValue& value, const QString& what,
                                      const QString& file)
{
    if (!value.present)
        return std::optional<QDate>();
    const QString text = value.text.trimmed();
    const bool dateTime = text.size() > 10;
    std::optional<QDate> date = IsoDate::parse(QStringView(text).first(qMin(text.size(), 10)));
    if (dateTime && text[10] != u'T')
        date.reset();
    if (!date)
        return bankInputError(
            file, value.line, value.column,
            u"%1: expected a date YYYY-MM-DD or a date and time YYYY-MM-DDThh:mm:ss, found \"%2\""_s
                .arg(what, text.left(40)));
    return date;
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        const QString text = part.simplified();
        if (!text.isEmpty())
            kept.append(text);
    }
    return kept.join(u' ');
}

// The structured creditor reference (RF…, ISR/QR reference) is what a payer copied from the
// invoice, so it wins over free text; several of either are joined by a space.
QString remittanceOf(const CamtDetail& detail)
{
    const QString structured = joined(detail.structuredReferences);
    return structured.isEmpty() ? joined(detail.unstructured) : structured;
}

// An id the payer's bank sends along; "NOTPROVIDED" is the placeholder SEPA uses for none.
QString endToEndIdOf(const CamtDetail& detail)
{
    const QString id = detail.endToEndId.trimmed();
    return id == u"NOTPROVIDED" ? QString() : id;
}

void setCounterparty(BankEntry& entry, const CamtDetail& detail)
{
    // Money in comes from the debtor; money out goes to the creditor.
    entry.counterpartyName = (entry.credit ? detail.debtorName : detail.creditorName).simplified();
    entry.counterpartyAccount =
        (entry.credit ? detail.debtorAccount : detail.creditorAccount).simplified();
}

} // namespace

Result<QList<BankEntry>> CamtEntryDraft::toEntries(const QString& file) const
{
    if (!amount.value.present)
        return bankInputError(file, line, column,
                              u"Ntry: expected an <Amt Ccy=\"…\"> with the entry's amount"_s);
    const auto money = readAmount(amount, file);
    if (!money)
        return std::unexpected(money.error());
    if (!creditDebit.present)
        return bankInputError(file, line, column,
                              u"Ntry: expected a <CdtDbtInd> with CRDT or DBIT"_s);
    const auto credit = readCredit(creditDebit, file);
    if (!credit)
        return std::unexpected(credit.error());
    const auto booked = readBooked(status, file);
    if (!booked)
        return std::unexpected(booked.error());
    const auto booking = readDate(bookingDate, u"BookgDt"_s, file);
    if (!booking)
        return std::unexpected(booking.error());
    const auto value = readDate(valueDate, u"ValDt"_s, file);
    if (!value)
        return std::unexpected(value.error());
    // A pending entry may have no booking day yet; its value day is the best there is.
    const std::optional<QDate> day = *booking ? *booking : *value;
    if (!day)
        return bankInputError(file, line, column,
                              u"Ntry: expected a <BookgDt> or <ValDt> with <Dt> or <DtTm>"_s);

    const QString entryId = !accountServicerReference.trimmed().isEmpty()
                                ? accountServicerReference.trimmed()
                                : entryReference.trimmed();
    const BankEntry base{
        .bankReference = entryId,
        .bookingDate = *day,
        .valueDate = value->value_or(*day),
        .amount = *money,
        .credit = *credit,
        .booked = *booked,
        .reference = additionalInfo.simplified(),
        .sourceLine = line,
        .sourceColumn = column,
    };

    // Several details split the entry only when each says how much it was: a batch booking
    // whose details carry no amounts stays one line, with every detail's remittance on it.
    const bool split =
        details.size() > 1 && std::all_of(details.begin(), details.end(), [](const CamtDetail& d) {
            return d.txAmount.value.present || d.amount.value.present;
        });
    if (!split) {
        BankEntry entry = base;
        QStringList references;
        for (const CamtDetail& detail : details) {
            if (const QString reference = remittanceOf(detail); !reference.isEmpty())
                references.append(reference);
        }
        if (!references.isEmpty())
            entry.reference = joined(references);
        if (!details.isEmpty()) {
            setCounterparty(entry, details.front());
            if (entry.bankReference.isEmpty())
                entry.bankReference = endToEndIdOf(details.front());
        }
        return QList<BankEntry>{entry};
    }

    QList<BankEntry> entries;
    for (qsizetype i = 0; i < details.size(); ++i) {
        const CamtDetail& detail = details[i];
        // AmtDtls/TxAmt is the amount in the account's currency; TxDtls/Amt may be the
        // instructed one.
        const CamtAmount& detailAmount =
            detail.txAmount.value.present ? detail.txAmount : detail.amount;
        const auto detailMoney = readAmount(detailAmount, file);
        if (!detailMoney)
            return std::unexpected(detailMoney.error());
        if (detailMoney->currency() != money->currency())
            return bankInputError(file, detailAmount.value.line, detailAmount.value.column,
                                  u"Amt: expected the entry's currency %1, found %2"_s.arg(
                                      money->currency().code(), detailMoney->currency().code()));
        BankEntry entry = base;
        entry.amount = *detailMoney;
        if (detail.creditDebit.present) {
            const auto detailCredit = readCredit(detail.creditDebit, file);
            if (!detailCredit)
                return std::unexpected(detailCredit.error());
            entry.credit = *detailCredit;
        }
        // Every detail needs an id of its own, or the second one would look like a duplicate
        // of the first: the entry's id with the detail's position, else the payer's id.
        entry.bankReference =
            entryId.isEmpty() ? endToEndIdOf(detail) : entryId + u'/' + QString::number(i + 1);
        if (const QString reference = remittanceOf(detail); !reference.isEmpty())
            entry.reference = reference;
        setCounterparty(entry, detail);
        entry.sourceLine = detail.line;
        entry.sourceColumn = detail.column;
        entries.append(entry);
    }
    return entries;
}

} // namespace ardesk
