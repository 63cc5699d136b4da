#include "views/DocumentCorrections.h"

#include <QWidget>

#include "dialogs/CreditApplicationsDialog.h"
#include "dialogs/InvoiceEditDialog.h"
#include "dialogs/VoidDialog.h"
#include "domain/InvoiceList.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "views/CreditsPage.h"
#include "views/InvoicesPage.h"
#include "widgets/MessageBoxes.h"

namespace ardesk {

DocumentCorrections::DocumentCorrections(QWidget* window, std::function<LedgerSession*()> session)
    : QObject(window)
    , m_window(window)
    , m_session(std::move(session))
{}

QString DocumentCorrections::creditName(Credit::Kind kind, const QString& code) const
{
    return kind == Credit::Kind::Payment ? tr("Payment %1").arg(code)
                                         : tr("Credit Note %1").arg(code);
}

void DocumentCorrections::changeSelected(Change change, LedgerPage* page)
{
    if (!m_session())
        return;
    if (auto* invoices = qobject_cast<InvoicesPage*>(page)) {
        const QList<InvoiceListRow> selected = invoices->selectedInvoices();
        if (selected.size() == 1) {
            const QString number = selected.first().number;
            if (change == Change::Edit)
                editInvoice(number);
            else if (change == Change::Void)
                voidInvoice(number);
            else
                deleteInvoice(number);
            return;
        }
    } else if (auto* credits = qobject_cast<CreditsPage*>(page)) {
        if (const QString code = credits->selectedCode(); !code.isEmpty()) {
            if (change == Change::Edit)
                editCredit(credits->kind(), code);
            else if (change == Change::Void)
                voidCredit(credits->kind(), code);
            else
                deleteCredit(credits->kind(), code);
            return;
        }
    }
    MessageBoxes::information(m_window, tr("Correct a Document"),
                              tr("Select one invoice, payment or credit note in its list first."));
}

void DocumentCorrections::editInvoice(const QString& number)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    const auto invoice = session->invoiceCorrections().invoice(number);
    if (!invoice) {
        MessageBoxes::warning(m_window, tr("Cannot Read Invoice"),
                              ErrorMessages::readLedger(invoice.error()), invoice.error().detail);
        return;
    }
    InvoiceEditDialog dialog(*session, *invoice, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT ledgerChanged();
}

void DocumentCorrections::voidInvoice(const QString& number)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    const auto invoice = session->invoiceCorrections().invoice(number);
    if (!invoice) {
        MessageBoxes::warning(m_window, tr("Cannot Read Invoice"),
                              ErrorMessages::readLedger(invoice.error()), invoice.error().detail);
        return;
    }
    VoidDialog dialog(
        tr("Invoice %1").arg(number), invoice->issueDate,
        [session, number](QDate date, const QString& reason) {
            return session->invoiceCorrections().voidInvoice(number, date, reason);
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT ledgerChanged();
}

void DocumentCorrections::deleteInvoice(const QString& number)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    if (MessageBoxes::question(m_window, tr("Delete Invoice"),
                               tr("Delete invoice %1? Only an invoice entered by mistake and never "
                                  "used can be deleted; the deletion is recorded.")
                                   .arg(number)) != QMessageBox::Yes)
        return;
    const auto removed = session->invoiceCorrections().remove(number);
    if (!removed) {
        MessageBoxes::warning(m_window, tr("Cannot Delete Invoice"),
                              tr("Invoice %1 cannot be deleted; void it instead.").arg(number),
                              removed.error().detail);
        return;
    }
    Q_EMIT ledgerChanged();
}

void DocumentCorrections::editCredit(Credit::Kind kind, const QString& code)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    CreditApplicationsDialog dialog(*session, kind, code, m_window);
    dialog.exec();
    if (dialog.changedLedger())
        Q_EMIT ledgerChanged();
}

void DocumentCorrections::voidCredit(Credit::Kind kind, const QString& code)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    const auto credit = session->creditCorrections().credit(kind, code);
    if (!credit) {
        MessageBoxes::warning(m_window, tr("Cannot Read Document"),
                              ErrorMessages::readLedger(credit.error()), credit.error().detail);
        return;
    }
    VoidDialog dialog(
        creditName(kind, code), credit->date,
        [session, kind, code](QDate date, const QString& reason) {
            return session->creditCorrections().voidCredit(kind, code, date, reason);
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT ledgerChanged();
}

void DocumentCorrections::deleteCredit(Credit::Kind kind, const QString& code)
{
    LedgerSession* session = m_session();
    if (!session)
        return;
    if (MessageBoxes::question(m_window, tr("Delete Document"),
                               tr("Delete %1? Only a document entered by mistake and never used "
                                  "can be deleted; the deletion is recorded.")
                                   .arg(creditName(kind, code))) != QMessageBox::Yes)
        return;
    const auto removed = session->creditCorrections().remove(kind, code);
    if (!removed) {
        MessageBoxes::warning(
            m_window, tr("Cannot Delete Document"),
            tr("%1 cannot be deleted; void it instead.").arg(creditName(kind, code)),
            removed.error().detail);
        return;
    }
    Q_EMIT ledgerChanged();
}

} // namespace ardesk
