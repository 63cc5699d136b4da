#pragma once

#include <functional>
#include <random>
#include <vector>

#include <QByteArray>
#include <QDate>
#include <QString>

namespace ardesk::test {

class ServiceLedger;

// A ledger whose customers' true payment behaviour is known: each customer's invoices are paid
// in full, linked to the invoice, `delay(random, n, count)` days after their due date (the n-th
// of `count` invoices). Random numbers come from std::mt19937, whose sequence the standard
// fixes, so the same seed gives the same ledger everywhere.
class GeneratedLedger {
public:
    using Delay = std::function<int(std::mt19937& random, int n, int count)>;

    explicit GeneratedLedger(quint32 seed = 7);

    // `count` invoices of about 100.00–1000.00, the first on `first`, then every `every` days.
    void addCustomer(const QString& code, int termsDays, QDate first, int count, int every,
                     const Delay& delay);

    // Imports the customers, the invoices issued on or before `upTo` and the payments dated on
    // or before `paidBy` (default: `upTo`).
    void load(ServiceLedger& ledger, QDate upTo, QDate paidBy = {}) const;
    // The payments dated after `after` and on or before `upTo` of the invoices issued on or
    // before `after`, as a payments file.
    QByteArray paymentsBetween(QDate after, QDate upTo) const;

    // A uniform whole number in [low, high].
    static int uniform(std::mt19937& random, int low, int high);

private:
    struct Invoice {
        QString number;
        QString customer;
        QDate issue;
        QDate due;
        QDate paid;
        qint64 cents = 0;
    };
    QByteArray customersCsv() const;
    QByteArray invoicesCsv(QDate upTo) const;
    QByteArray paymentsCsv(QDate after, QDate upTo) const;

    std::mt19937 m_random;
    QByteArray m_customers;
    std::vector<Invoice> m_invoices;
};

} // namespace ardesk::test
