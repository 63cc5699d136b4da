#include "demo/DemoFiles.h"

#include <algorithm>
#include <span>
#include <vector>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QVarLengthArray>

#include "csv/CsvWriter.h"
#include "demo/DemoCompanyData.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/AgingBuckets.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
using namespace demo;

// ---- Generation state ---------------------------------------------------------------------

enum class Habit : quint8 {
    Punctual,
    MostlyOnTime,
    ChronicallyLate,
    TwentyLate, // pays about 20 days after the due date, every time
    Drifting,   // on time at first, later and later (about 45 days late by today)
    Erratic,    // early or weeks late, no telling which
};

// The first named customers have fixed habits, so that the payment predictions of even the
// smallest demo visibly differ: (customer index, habit); the last one is new, with invoices only
// in the final weeks.
struct FixedHabit {
    int customer;
    Habit habit;
    bool isNew = false;
};
constexpr FixedHabit fixedHabits[] = {
    {0, Habit::Punctual}, {1, Habit::TwentyLate},         {2, Habit::Drifting},
    {3, Habit::Erratic},  {6, Habit::MostlyOnTime, true},
};
// A new customer's first invoice is at most this many days before today.
constexpr int newCustomerDays = 60;

// Where a pending event sits: its day and its place in that day's list.
struct PendingRef {
    int day = -1;
    int index = -1;
};

// Everything kept per customer, together so that one cache line serves an invoice.
struct Profile {
    int weight = 0; // relative share of the invoices; 0 for a prospect
    qint16 termsDays = 30;
    Habit habit = Habit::Punctual;
    int firstDay = 0;          // no invoices before this day of the history (a new customer)
    bool quotesInvoice = true; // names the invoice on its payments (else only now and then)
    // Holds an invoice kept open for the bucket guarantee: its later money never goes
    // oldest-first (always linked, no over-payments, no merging), so it cannot pay that invoice.
    bool guarded = false;
    PendingRef lastPayment; // its latest payment not yet written out
    qint64 carried = 0;     // what its next payment adds (payment-count targeting only)
};

// A payment or credit note waiting for its date. Only these and small per-customer profiles
// are kept while the history is generated.
struct Event {
    enum class Kind : quint8 { Payment, CreditNote };

    qint64 amountMinor = 0;
    int day = 0;
    int customer = 0;
    int invoice = -1; // 0-based; -1 for a deposit, which names no invoice
    Kind kind = Kind::Payment;
    quint8 detail = 0; // Method, or index into creditReasons
    bool linked = false;
};

struct Part {
    int day;
    qint64 amountMinor;
};

int digits(qint64 value)
{
    return static_cast<int>(QString::number(value).size());
}

QString numbered(QStringView prefix, qint64 number, int width)
{
    return prefix + QString::number(number).rightJustified(width, u'0');
}

// ASCII host-name part for a made-up e-mail address: "Müller & Söhne" → "muller-sohne".
QString slug(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c == u'ß')
            out += u"ss"_s;
        else if (c == u'ø')
            out += u'o';
        else if (c == u'ł')
            out += u'l';
        else if (c.category() == QChar::Mark_NonSpacing || c == u'\'')
            continue; // accents left by the decomposition; apostrophes join ("obrien")
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= 28)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? u"customer"_s : out;
}

class Generation {
public:
    Generation(const DemoParameters& parameters, CurrencyCode currency)
        : m_parameters(parameters)
        , m_currency(currency)
        , m_currencyCode(currency.code())
        , m_random(parameters.seed)
        , m_buckets(AgingBuckets::standard())
    {
        // History starts 18 months before today; day indexes count from there.
        m_first = parameters.today.addMonths(-18);
        m_lastDay = static_cast<int>(m_first.daysTo(parameters.today));
        m_customerWidth = std::max(5, digits(parameters.customers));
        m_invoiceWidth = std::max(6, digits(parameters.invoices));
        m_paymentWidth = std::max(
            6, digits(std::max<qint64>(parameters.payments.value_or(0),
                                       2 * qint64(parameters.invoices) + parameters.customers)));
        m_creditWidth = std::max(5, digits(parameters.invoices));
    }

    Result<DemoCounts> run(const QString& folder, const DemoProgress& progress);

private:
    int between(int low, int high)
    {
        return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
    }
    bool chance(int perMille) { return m_random.bounded(1000u) < static_cast<quint32>(perMille); }
    QString pick(std::span<const QStringView> items)
    {
        return items[m_random.bounded(static_cast<quint32>(items.size()))].toString();
    }

    const QString& dateText(int day);
    qint64 toMinor(qint64 cents) const;
    QString amountText(qint64 minor) const { return Money(minor, m_currency).toPlainString(); }
    // Made when needed: cheaper than a cache miss on a stored string per row.
    QString customerCode(int index) const { return numbered(u"C", index + 1, m_customerWidth); }
    QString invoiceNumber(int index) const { return numbered(u"INV-", index + 1, m_invoiceWidth); }

    void writeCustomers(CsvWriter& out);
    QString generatedName(const Country& country);
    QString address(const Country& country);
    void planDeposits();
    void issueInvoices(int day, CsvWriter& out);
    void settle(int invoice, int customer, int day, int due, qint64 amountMinor, qint64 cents);
    int paymentDay(const Profile& who, int issue, int due);
    void split(QVarLengthArray<Part, 8>& parts);
    void adjustToTarget(int invoice, int customer, QVarLengthArray<Part, 8>& parts);
    PendingRef push(const Event& event);
    void flush(int day, CsvWriter& payments, CsvWriter& credits);
    QString reference(const Event& event, Method method, const QString& invoice);

    const DemoParameters& m_parameters;
    CurrencyCode m_currency;
    QString m_currencyCode;
    QRandomGenerator m_random;
    AgingBuckets m_buckets;
    QDate m_first;
    int m_lastDay = 0;
    int m_customerWidth = 5;
    int m_invoiceWidth = 6;
    int m_paymentWidth = 6;
    int m_creditWidth = 5;

    std::vector<Profile> m_profiles;
    std::vector<qint64> m_cumulativeWeight;
    std::vector<QString> m_dates;
    std::vector<qint64> m_cumulativeDayWeight;
    bool m_bucketHeld[5] = {};

    // Pending payments and credit notes by day, each day's in creation order: a bucket queue,
    // since event days are small integers; a day's list is written out and freed on that day.
    std::vector<std::vector<Event>> m_pending;
    int m_currentDay = 0;

    int m_invoiceCount = 0;
    int m_paymentCount = 0;
    int m_creditCount = 0;
    qint64 m_plannedPayments = 0; // payments dated up to today, written or still pending
    qint64 m_targetRate = 0;      // payments per invoice, fixed point << 20 (targeting only)
};

const QString& Generation::dateText(int day)
{
    // Due dates run up to ~90 days past today; the cache grows on demand.
    while (static_cast<int>(m_dates.size()) <= day)
        m_dates.push_back(IsoDate::format(m_first.addDays(static_cast<qint64>(m_dates.size()))));
    return m_dates[static_cast<size_t>(day)];
}

qint64 Generation::toMinor(qint64 cents) const
{
    // Amounts are chosen in hundredths of a major unit and brought to the currency's digits
    // (JPY rounds to whole yen, BHD gets a third digit).
    const int minorDigits = m_currency.minorDigits();
    qint64 factor = 1;
    for (int i = 2; i < minorDigits; ++i)
        factor *= 10;
    if (minorDigits >= 2)
        return cents * factor;
    for (int i = minorDigits; i < 2; ++i)
        factor *= 10;
    return std::max<qint64>(1, roundedDivide(cents, factor, RoundingMode::HalfUp));
}

QString Generation::generatedName(const Country& country)
{
    const QString surname = pick(country.surnames);
    const QString trade = pick(country.trades);
    const QString legal = pick(country.legalForms);
    const int pattern = between(0, 99);
    if (pattern < 55) {
        return country.tradeFirst ? trade + u' ' + surname + u' ' + legal
                                  : surname + u' ' + trade + u' ' + legal;
    }
    if (pattern < 80)
        return surname + u' ' + country.conjunction + u' ' + pick(country.surnames) + u' ' + legal;
    if (pattern < 95 || !country.numberBeforeStreet || country.language != u"en")
        return surname + u", "_s + pick(country.surnames) + u' ' + country.partners;
    return u'"' + pick(quotedPlaces) + u"\" "_s + trade + u' ' + legal;
}

QString Generation::address(const Country& country)
{
    const QString number = QString::number(between(1, 180));
    const QString street = pick(country.streets);
    const QString line =
        country.numberBeforeStreet ? number + u' ' + street : street + u' ' + number;
    // Lines, as the address field holds them and the letters print them in the window.
    return line + u'\n' + pick(country.cities) + u'\n' + country.name;
}

void Generation::writeCustomers(CsvWriter& out)
{
    out.writeRow({u"customer_id"_s, u"name"_s, u"email"_s, u"phone"_s, u"address"_s,
                  u"terms_days"_s, u"credit_limit"_s, u"currency"_s, u"language"_s});
    const int count = m_parameters.customers;
    // The newest customers are prospects: no invoices yet, but some paid a deposit, which
    // stays on their account as unapplied credit.
    const int prospects = count >= 5 ? std::max(1, count / 50) : 0;
    m_profiles.resize(static_cast<size_t>(count));
    m_cumulativeWeight.resize(static_cast<size_t>(count));
    qint64 weights = 0;
    const int namedCount = static_cast<int>(namedCustomers.size());
    for (int i = 0; i < count; ++i) {
        const int countryRoll = between(0, 99);
        const CountryIndex index = i < namedCount     ? namedCustomers[i].country
                                   : countryRoll < 30 ? DE
                                   : countryRoll < 60 ? GB
                                   : countryRoll < 80 ? FR
                                                      : ES;
        const Country& country = countries[index];
        const QString name =
            i < namedCount ? namedCustomers[i].name.toString() : generatedName(country);

        Profile& profile = m_profiles[static_cast<size_t>(i)];
        const int size = between(0, 99);
        profile.weight = i >= count - prospects ? 0 : size < 60 ? 1 : size < 90 ? 3 : 8;
        const int terms = between(0, 99);
        profile.termsDays = terms < 20 ? 14 : terms < 70 ? 30 : terms < 85 ? 45 : 60;
        const int habit = between(0, 99);
        profile.habit = habit < 60   ? Habit::Punctual
                        : habit < 88 ? Habit::MostlyOnTime
                                     : Habit::ChronicallyLate;
        profile.quotesInvoice = chance(700);
        for (const FixedHabit& fixed : fixedHabits) {
            if (fixed.customer != i || i >= count - prospects)
                continue;
            profile.habit = fixed.habit;
            profile.weight = 8; // a big customer: enough history to show the habit
            profile.quotesInvoice = true;
            if (fixed.isNew)
                profile.firstDay = std::max(0, m_lastDay - newCustomerDays);
        }
        weights += profile.weight;
        m_cumulativeWeight[static_cast<size_t>(i)] = weights;

        const QString email =
            chance(900) ? pick(mailboxes) + u'@' + slug(name) + u".example"_s : QString();
        const QString phone = chance(850) ? country.phonePrefix + u' ' + pick(country.areaCodes) +
                                                u' ' + QString::number(between(200000, 9999999))
                                          : QString();
        // The draw once chose between lines and a comma-joined address; it is still made, so
        // that the rest of a demo stays what the same seed always generated.
        if (index == GB)
            chance(300);
        const QString where = address(country);
        // An empty terms_days or currency takes the importer's default (30 days, the ledger's
        // currency), which the demo should exercise too.
        const QString termsText =
            profile.termsDays == 30 && chance(300) ? QString() : QString::number(profile.termsDays);
        static constexpr int limits[] = {2000, 5000, 10000, 25000, 50000};
        const QString limit =
            chance(400) ? amountText(toMinor(qint64(limits[between(0, 4)]) * 100)) : QString();
        const QString currencyText = chance(800) ? m_currencyCode : QString();
        out.writeRow(QList<CsvCell>{CsvCell::value(customerCode(i)), CsvCell::value(name),
                                    CsvCell::value(email), CsvCell::value(phone),
                                    CsvCell::value(where), CsvCell::value(termsText),
                                    CsvCell::value(limit), CsvCell::value(currencyText),
                                    CsvCell::value(country.language.toString())});
    }
}

void Generation::planDeposits()
{
    bool first = true; // the first prospect always pays one, so unapplied credit exists
    for (int i = 0; i < m_parameters.customers; ++i) {
        if (m_profiles[static_cast<size_t>(i)].weight != 0 || (!first && !chance(500)))
            continue;
        first = false;
        Event deposit;
        deposit.amountMinor = toMinor(qint64(between(5, 50)) * 10000);
        deposit.day = std::max(0, m_lastDay - between(0, 45));
        deposit.customer = i;
        deposit.detail = Transfer;
        push(deposit);
    }
}

int Generation::paymentDay(const Profile& who, int issue, int due)
{
    const int roll = between(0, 99);
    int day = due;
    switch (who.habit) {
    case Habit::Punctual:
        if (roll < 10)
            day = issue + between(0, 3); // pays by card on receipt
        else if (roll < 75)
            day = due - between(0, std::min(10, (due - issue) / 2)); // on time, a little early
        else if (roll < 92)
            day = due + between(1, 9); // a few days' grace
        else
            day = due + between(10, 40);
        break;
    case Habit::MostlyOnTime:
        if (roll < 60)
            day = due - between(0, 5);
        else if (roll < 78)
            day = due + between(1, 9);
        else
            day = due + between(10, 60);
        break;
    case Habit::ChronicallyLate:
        if (roll < 15)
            day = due + between(1, 9);
        else if (roll < 65)
            day = due + between(10, 60);
        else
            day = due + between(61, 120);
        break;
    case Habit::TwentyLate:
        day = roll < 5 ? due + between(0, 5) : due + between(16, 24);
        break;
    case Habit::Drifting:
        day = due + 45 * issue / std::max(1, m_lastDay) + between(-3, 3);
        break;
    case Habit::Erratic:
        day = roll < 45 ? due - between(0, 5) : due + between(5, 60);
        break;
    }
    return std::max(issue, day);
}

void Generation::split(QVarLengthArray<Part, 8>& parts)
{
    // The last instalment is cut in two: a share now, the rest a few weeks later.
    Part& last = parts.last();
    if (last.amountMinor < 2)
        return;
    const qint64 first =
        std::clamp<qint64>(last.amountMinor * between(30, 70) / 100, 1, last.amountMinor - 1);
    const Part rest{last.day + between(14, 45), last.amountMinor - first};
    last.amountMinor = first;
    parts.append(rest);
}

void Generation::adjustToTarget(int invoice, int customer, QVarLengthArray<Part, 8>& parts)
{
    // Aim at (invoice + 1) × rate payments dated up to today; the rate is raised for the
    // recent invoices, whose payments mostly fall after today. Behind: more instalments, the
    // later ones clamped to today. Ahead: the invoice's payment joins the customer's pending
    // one, or else its next one (a customer paying two invoices at once).
    const qint64 want =
        std::min<qint64>(*m_parameters.payments, ((qint64(invoice) + 1) * m_targetRate) >> 20);
    const auto countable = [&] {
        return std::count_if(parts.begin(), parts.end(),
                             [&](const Part& part) { return part.day <= m_lastDay; });
    };
    qint64 have = m_plannedPayments + countable();
    while (have < want && parts.size() < 8 && parts.first().day <= m_lastDay &&
           parts.last().amountMinor >= 2) {
        split(parts);
        parts.last().day = std::min(parts.last().day, m_lastDay);
        have = m_plannedPayments + countable();
    }
    const auto index = static_cast<size_t>(customer);
    if (have <= want || parts.size() != 1 || parts.first().day > m_lastDay ||
        m_profiles[index].guarded)
        return;
    const PendingRef pendingRef = m_profiles[index].lastPayment;
    if (pendingRef.day >= m_currentDay) { // not yet written out
        Event& pending =
            m_pending[static_cast<size_t>(pendingRef.day)][static_cast<size_t>(pendingRef.index)];
        if (pending.customer == customer && pending.kind == Event::Kind::Payment) {
            pending.amountMinor += parts.first().amountMinor;
            parts.clear();
            return;
        }
    }
    // Nothing pending to join: the customer pays this invoice with its next payment.
    m_profiles[index].carried += parts.first().amountMinor;
    parts.clear();
}

void Generation::settle(int invoice, int customer, int day, int due, qint64 amountMinor,
                        qint64 cents)
{
    Profile& who = m_profiles[static_cast<size_t>(customer)];
    // The first sizeable invoice of a linking customer that falls in each aging bucket as of
    // today stays open (disputed, or just not paid yet), so every bucket has something.
    const int bucket = m_buckets.indexForAge(m_lastDay - due);
    if (who.quotesInvoice && cents >= 10000 && !m_bucketHeld[bucket]) {
        m_bucketHeld[bucket] = true;
        who.guarded = true;
        return;
    }

    // Credit notes go only to customers whose payments name their invoices. Credit notes are
    // imported after the payments (see buildLedger), and a payment allocated oldest-first would
    // take the invoice a credit note was meant for, leaving the note as unapplied credit.
    qint64 payable = amountMinor;
    if (who.quotesInvoice && chance(40)) {
        Event credit;
        credit.amountMinor =
            chance(200) ? amountMinor : std::max<qint64>(1, amountMinor * between(10, 50) / 100);
        credit.day = day + between(2, 40);
        credit.customer = customer;
        credit.invoice = invoice;
        credit.kind = Event::Kind::CreditNote;
        credit.detail = static_cast<quint8>(between(0, static_cast<int>(creditReasons.size()) - 1));
        credit.linked = who.guarded || chance(800);
        if (credit.day <= m_lastDay) {
            push(credit);
            // The customer pays the invoice net of the credit.
            payable -= credit.amountMinor;
        }
    }
    static constexpr int neverPaid[] = {3, 10, 40, 5, 5, 20}; // per mille, by Habit
    if (payable <= 0 || chance(neverPaid[static_cast<int>(who.habit)]))
        return;

    QVarLengthArray<Part, 8> parts{{paymentDay(who, day, due), payable}};
    if (m_parameters.payments) {
        adjustToTarget(invoice, customer, parts);
        if (!parts.isEmpty() && parts.first().day <= m_lastDay) {
            parts.first().amountMinor += who.carried;
            who.carried = 0;
        }
    } else if (chance(60)) {
        split(parts);
        if (chance(250))
            split(parts);
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].day > m_lastDay)
            break; // not paid yet: the invoice is (partly) open today
        Event payment;
        payment.amountMinor = parts[i].amountMinor;
        payment.day = parts[i].day;
        payment.customer = customer;
        payment.invoice = invoice;
        const int method = between(0, 99);
        payment.detail = method < 60   ? Transfer
                         : method < 72 ? Card
                         : method < 82 ? DirectDebit
                         : method < 94 ? Cheque
                                       : Cash;
        payment.linked = who.quotesInvoice || chance(80);
        // Now and then a customer pays a little too much; the excess goes to its oldest open
        // invoice or stays as unapplied credit.
        if (i + 1 == parts.size() && !who.guarded && chance(5))
            payment.amountMinor += toMinor(qint64(between(1, 50)) * 100);
        who.lastPayment = push(payment);
        ++m_plannedPayments;
    }
}

void Generation::issueInvoices(int day, CsvWriter& out)
{
    const qint64 total = m_cumulativeDayWeight.back();
    const qint64 invoices = m_parameters.invoices;
    const qint64 before = day == 0 ? 0 : invoices * m_cumulativeDayWeight[size_t(day - 1)] / total;
    const qint64 through = invoices * m_cumulativeDayWeight[static_cast<size_t>(day)] / total;
    const qint64 customersWeight = m_cumulativeWeight.back();
    for (qint64 n = before; n < through; ++n) {
        const int invoice = m_invoiceCount++;
        const auto found =
            std::upper_bound(m_cumulativeWeight.begin(), m_cumulativeWeight.end(),
                             qint64(m_random.bounded(static_cast<quint32>(customersWeight))));
        int customer = static_cast<int>(found - m_cumulativeWeight.begin());
        if (m_profiles[static_cast<size_t>(customer)].firstDay > day)
            customer = 0; // not a customer yet: the order goes to the first one
        const Profile& who = m_profiles[static_cast<size_t>(customer)];

        const int size = between(0, 99);
        const qint64 major = size < 25   ? between(20, 250)
                             : size < 70 ? between(250, 1500)
                             : size < 92 ? between(1500, 4000)
                                         : between(4000, 9500);
        const qint64 cents = major * 100 + (chance(400) ? 0 : between(0, 99));
        const qint64 amount = toMinor(cents);
        // A few invoices get their own terms; most take the customer's, and some leave the
        // due date to the importer's default (issue date + the customer's terms).
        const bool ownTerms = chance(30);
        const int due = day + (ownTerms ? (chance(500) ? 7 : 90) : who.termsDays);
        const QString dueText = !ownTerms && chance(100) ? QString() : dateText(due);
        QString description = pick(descriptions);
        if (chance(250))
            description += u" (PO "_s + QString::number(between(10000, 99999)) + u')';
        out.writeRow(QList<CsvCell>{CsvCell::value(invoiceNumber(invoice)),
                                    CsvCell::value(customerCode(customer)),
                                    CsvCell::value(dateText(day)), CsvCell::value(dueText),
                                    CsvCell::value(amountText(amount)),
                                    CsvCell::value(m_currencyCode), CsvCell::value(description)});
        settle(invoice, customer, day, due, amount, cents);
    }
}

PendingRef Generation::push(const Event& event)
{
    Q_ASSERT(event.day >= m_currentDay && event.day <= m_lastDay);
    std::vector<Event>& day = m_pending[static_cast<size_t>(event.day)];
    day.push_back(event);
    return {event.day, static_cast<int>(day.size()) - 1};
}

QString Generation::reference(const Event& event, Method method, const QString& invoice)
{
    if (event.invoice < 0)
        return u"Deposit for first order"_s;
    switch (method) {
    case Transfer:
        return invoice.isEmpty() ? u"Transfer "_s + QString::number(between(10000000, 99999999))
                                 : u"Remittance "_s + invoice;
    case Card:
        return u"Card ending "_s + QString::number(between(1000, 9999));
    case DirectDebit:
        return u"Mandate M"_s + QString::number(between(100000, 999999));
    case Cheque:
        return u"Cheque no. "_s + QString::number(between(100000, 999999));
    case Cash:
        break;
    }
    return {};
}

void Generation::flush(int day, CsvWriter& payments, CsvWriter& credits)
{
    std::vector<Event>& due = m_pending[static_cast<size_t>(day)];
    for (const Event& event : due) {
        const QString customer = customerCode(event.customer);
        const QString invoice =
            event.linked && event.invoice >= 0 ? invoiceNumber(event.invoice) : QString();
        if (event.kind == Event::Kind::Payment) {
            const auto method = static_cast<Method>(event.detail);
            payments.writeRow(QList<CsvCell>{
                CsvCell::value(numbered(u"PAY-", ++m_paymentCount, m_paymentWidth)),
                CsvCell::value(customer), CsvCell::value(dateText(event.day)),
                CsvCell::value(amountText(event.amountMinor)), CsvCell::value(invoice),
                CsvCell::value(methodNames[method].toString()),
                CsvCell::value(reference(event, method, invoice))});
        } else {
            credits.writeRow(QList<CsvCell>{
                CsvCell::value(numbered(u"CN-", ++m_creditCount, m_creditWidth)),
                CsvCell::value(customer), CsvCell::value(dateText(event.day)),
                CsvCell::value(amountText(event.amountMinor)), CsvCell::value(invoice),
                CsvCell::value(creditReasons[event.detail].toString())});
        }
    }
    std::vector<Event>().swap(due);
}

Result<DemoCounts> Generation::run(const QString& folder, const DemoProgress& progress)
{
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, folder + u": cannot create the folder"_s);
    const ImportKind kinds[] = {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments,
                                ImportKind::CreditNotes};
    QFile files[4];
    for (int i = 0; i < 4; ++i) {
        files[i].setFileName(QDir(folder).filePath(DemoLedgerGenerator::fileName(kinds[i])));
        if (!files[i].open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io, files[i].fileName() + u": "_s + files[i].errorString());
    }
    CsvWriter customers(&files[0]);
    CsvWriter invoices(&files[1]);
    CsvWriter payments(&files[2]);
    CsvWriter credits(&files[3]);
    const auto removeAll = [&] {
        for (QFile& file : files) {
            file.close();
            file.remove();
        }
    };

    writeCustomers(customers);
    invoices.writeRow({u"invoice_number"_s, u"customer_id"_s, u"issue_date"_s, u"due_date"_s,
                       u"amount"_s, u"currency"_s, u"description"_s});
    payments.writeRow({u"payment_id"_s, u"customer_id"_s, u"date"_s, u"amount"_s,
                       u"invoice_number"_s, u"method"_s, u"reference"_s});
    credits.writeRow({u"credit_note_number"_s, u"customer_id"_s, u"date"_s, u"amount"_s,
                      u"invoice_number"_s, u"reason"_s});

    // Invoices per day: weekdays busy, Saturdays quiet, Sundays closed, and the business grows
    // by about 40% over the 18 months.
    m_cumulativeDayWeight.resize(static_cast<size_t>(m_lastDay) + 1);
    qint64 dayWeights = 0;
    for (int day = 0; day <= m_lastDay; ++day) {
        const int weekday = m_first.addDays(day).dayOfWeek();
        const qint64 base = weekday <= 5 ? 10 : weekday == 6 ? 1 : 0;
        dayWeights += base * (100 + 40 * qint64(day) / std::max(1, m_lastDay));
        m_cumulativeDayWeight[static_cast<size_t>(day)] = dayWeights;
    }
    if (m_parameters.payments && m_parameters.invoices > 0) {
        // Invoices issued in the last ~40 days are mostly paid after today; the others have
        // to carry the whole target.
        const qint64 payable =
            std::max<qint64>(1, m_cumulativeDayWeight[size_t(std::max(0, m_lastDay - 40))]);
        m_targetRate =
            (qint64(*m_parameters.payments) << 20) / m_parameters.invoices * dayWeights / payable;
    }

    m_pending.resize(static_cast<size_t>(m_lastDay) + 1);
    planDeposits();
    for (int day = 0; day <= m_lastDay; ++day) {
        m_currentDay = day;
        issueInvoices(day, invoices);
        flush(day, payments, credits);
        if (progress && !progress(DemoStage::Generating, day + 1, m_lastDay + 1)) {
            removeAll();
            return DemoCounts{.cancelled = true};
        }
    }
    for (QFile& file : files) {
        if (!file.flush()) {
            const Error error{ErrorCode::Io, file.fileName() + u": "_s + file.errorString()};
            removeAll();
            return std::unexpected(error);
        }
    }
    if (customers.hasError() || invoices.hasError() || payments.hasError() || credits.hasError()) {
        removeAll();
        return fail(ErrorCode::Io, folder + u": writing the demo files failed"_s);
    }
    return DemoCounts{.customers = m_parameters.customers,
                      .invoices = m_invoiceCount,
                      .payments = m_paymentCount,
                      .creditNotes = m_creditCount,
                      .cancelled = false};
}

} // namespace

Result<DemoCounts> DemoFiles::write(const DemoParameters& parameters, CurrencyCode currency,
                                    const QString& folder, const DemoProgress& progress)
{
    return Generation(parameters, currency).run(folder, progress);
}

} // namespace ardesk
