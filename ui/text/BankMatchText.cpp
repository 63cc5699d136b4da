#include "text/BankMatchText.h"

#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString BankMatchText::documents(const BankMatch& match)
{
    return match.documents.join(u", "_s);
}

QString BankMatchText::customer(const BankMatch& match)
{
    if (match.customerCode.isEmpty())
        return QString();
    //: A customer in the bank queue: name (code).
    return tr("%1 (%2)").arg(match.customerName, match.customerCode);
}

QString BankMatchText::payer(const BankLine& line)
{
    return line.counterparty.isEmpty() ? tr("an unnamed payer") : line.counterparty;
}

QString BankMatchText::lineSummary(const BankLine& line, const QLocale& locale)
{
    QString summary =
        tr("%1 received on %2 from %3.")
            .arg(NumberFormat::money(line.amount.minor(), line.amount.currency(), locale),
                 locale.toString(line.bookingDate, QLocale::LongFormat), payer(line));
    if (!line.counterpartyAccount.isEmpty())
        summary += u'\n' + tr("Payer's account: %1").arg(line.counterpartyAccount);
    if (!line.reference.isEmpty())
        summary += u'\n' + tr("Reference: %1").arg(line.reference);
    return summary;
}

QString BankMatchText::reason(const BankMatch& match)
{
    const QString documentList = documents(match);
    const QString account = match.line.counterpartyAccount;
    QString who;
    switch (match.clue) {
    case CustomerClue::None:
        return tr("No open document, customer code, known account or customer name in the "
                  "line.");
    case CustomerClue::Documents:
        //: How the customer was found: the bank reference names these documents.
        who = tr("The reference names %1").arg(documentList);
        break;
    case CustomerClue::RememberedAccount:
        who = tr("Account %1 paid for this customer before").arg(account);
        break;
    case CustomerClue::CustomerAccount:
        who = tr("Account %1 is the customer's").arg(account);
        break;
    case CustomerClue::Code:
        who = tr("The reference names the customer code %1").arg(match.customerCode);
        break;
    case CustomerClue::Name:
        who = tr("The payer's name is the customer's");
        break;
    }
    switch (match.fit) {
    case AmountFit::Exact:
        //: %1 is how the customer was found ("The reference names INV-1").
        return tr("%1; the amount is their open total.").arg(who);
    case AmountFit::OneItem:
        //: %1 is how the customer was found, %2 the document.
        return tr("%1; the amount is what is open on %2.").arg(who, documentList);
    case AmountFit::OldestItems:
        //: %1 is how the customer was found, %2 the documents.
        return tr("%1; the amount is the open total of the oldest items, %2.")
            .arg(who, documentList);
    case AmountFit::Different:
        return tr("%1; the amount differs from their open total.").arg(who);
    case AmountFit::None:
        break;
    }
    return tr("%1; the amount matches no open item (a payment on account).").arg(who);
}

QString BankMatchText::changeError(const Error& error)
{
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotFound:
        return tr("The receipt, its customer or one of its documents changed meanwhile: it was "
                  "posted or ignored, or a document was paid. The queue is read again.");
    default:
        return ErrorMessages::changeLedger(error);
    }
}

QString BankMatchText::importSummary(const QString& fileName, const BankImportReport& report,
                                     const QLocale& locale)
{
    //: After a bank statement import: the file, then the counts of its entries.
    return tr("Imported “%1”: credits %2, new %3, duplicates %4, debits skipped %5, pending "
              "skipped %6.")
        .arg(fileName, locale.toString(report.rows.size()), locale.toString(report.newLines),
             locale.toString(report.duplicates), locale.toString(report.debitsSkipped),
             locale.toString(report.pendingSkipped));
}

} // namespace ardesk
