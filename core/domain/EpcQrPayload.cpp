#include "domain/EpcQrPayload.h"

#include <QStringList>

#include "domain/PaymentDetails.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr qint64 maxAmountMinor = 99'999'999'999; // 999999999.99

// One line of the payload: line breaks would start another field.
QString field(const QString& text, qsizetype maxLength)
{
    QString flat = text.simplified();
    if (flat.size() > maxLength)
        flat = flat.left(maxLength).trimmed();
    return flat;
}

// Cut to `maxLength`, at the last space before it when there is one, so that a remittance
// listing documents never ends in half a number.
QString cutAtSpace(const QString& text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    const qsizetype space = text.lastIndexOf(u' ', maxLength);
    return (space > 0 ? text.left(space) : text.left(maxLength)).trimmed();
}

} // namespace

std::optional<QString> EpcQrPayload::build(const PaymentDetails& payment, const QString& name,
                                           const Money& amount, const QString& reference,
                                           const QString& remittance)
{
    const QString iban = PaymentDetails::compact(payment.iban);
    if (iban.isEmpty() || PaymentDetails::ibanProblem(iban) ||
        amount.currency().code() != u"EUR"_s || amount.minor() < 1 ||
        amount.minor() > maxAmountMinor)
        return std::nullopt;
    const QString bic = PaymentDetails::compact(payment.bic);
    QStringList lines{u"BCD"_s,
                      u"002"_s,
                      u"1"_s,
                      u"SCT"_s,
                      PaymentDetails::bicProblem(bic) ? QString() : bic,
                      field(name, maxNameLength),
                      iban,
                      u"EUR"_s + amount.toPlainString(),
                      QString()};
    const QString compactReference = PaymentDetails::compact(reference);
    if (!compactReference.isEmpty() && compactReference.size() <= maxReferenceLength) {
        lines.append(compactReference);
    } else {
        lines.append(QString());
        // Whatever the name took, the remittance gets what is left of the 331 bytes.
        const qsizetype used = lines.join(u'\n').toUtf8().size() + 1;
        QString text = cutAtSpace(remittance.simplified(), maxRemittanceLength);
        while (!text.isEmpty() && used + text.toUtf8().size() > maxBytes)
            text = cutAtSpace(text, text.size() - 1);
        lines.append(text);
    }
    while (lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace ardesk
