#include "GeneratedLedger.h"

#include "support/ServiceLedger.h"

namespace ardesk::test {

namespace {

QByteArray amount(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' +
           QByteArray::number(cents % 100).rightJustified(2, '0');
}

QByteArray iso(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

} // namespace

GeneratedLedger::GeneratedLedger(quint32 seed)
    : m_random(seed)
{}

int GeneratedLedger::uniform(std::mt19937& random, int low, int high)
{
    return low + static_cast<int>(random() % static_cast<quint32>(high - low + 1));
}

void GeneratedLedger::addCustomer(const QString& code, int termsDays, QDate first, int count,
                                  int every, const Delay& delay)
{
    m_customers +=
        code.toUtf8() + ",Customer " + code.toUtf8() + ',' + QByteArray::number(termsDays) + '\n';
    for (int n = 0; n < count; ++n) {
        Invoice invoice;
        invoice.number = code + u'-' + QString::number(n + 1).rightJustified(4, u'0');
        invoice.customer = code;
        invoice.issue = first.addDays(qint64(n) * every);
        invoice.due = invoice.issue.addDays(termsDays);
        invoice.paid = std::max(invoice.issue, invoice.due.addDays(delay(m_random, n, count)));
        invoice.cents = uniform(m_random, 100, 1000) * 100;
        m_invoices.push_back(invoice);
    }
}

QByteArray GeneratedLedger::customersCsv() const
{
    return "customer_id,name,terms_days\n" + m_customers;
}

QByteArray GeneratedLedger::invoicesCsv(QDate upTo) const
{
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount\n";
    for (const Invoice& invoice : m_invoices) {
        if (invoice.issue <= upTo)
            csv += invoice.number.toUtf8() + ',' + invoice.customer.toUtf8() + ',' +
                   iso(invoice.issue) + ',' + iso(invoice.due) + ',' + amount(invoice.cents) + '\n';
    }
    return csv;
}

QByteArray GeneratedLedger::paymentsCsv(QDate after, QDate upTo) const
{
    QByteArray csv = "payment_id,customer_id,date,amount,invoice_number\n";
    for (const Invoice& invoice : m_invoices) {
        const bool inRange = after.isValid() ? invoice.issue <= after && invoice.paid > after
                                             : invoice.issue <= upTo;
        if (inRange && invoice.paid <= upTo)
            csv += "P-" + invoice.number.toUtf8() + ',' + invoice.customer.toUtf8() + ',' +
                   iso(invoice.paid) + ',' + amount(invoice.cents) + ',' + invoice.number.toUtf8() +
                   '\n';
    }
    return csv;
}

void GeneratedLedger::load(ServiceLedger& ledger, QDate upTo, QDate paidBy) const
{
    ledger.load(ImportKind::Customers, customersCsv());
    ledger.load(ImportKind::Invoices, invoicesCsv(upTo));
    ledger.load(ImportKind::Payments, paymentsCsv({}, paidBy.isValid() ? paidBy : upTo));
}

QByteArray GeneratedLedger::paymentsBetween(QDate after, QDate upTo) const
{
    return paymentsCsv(after, upTo);
}

} // namespace ardesk::test
