#include "DunningLedger.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include "exports/ReminderCsvExporter.h"
#include "ledger/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

std::string csvBody(const QList<ReminderNotice>& notices)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ReminderCsvExporter::write(notices, &buffer));
    const QByteArray csv = buffer.data();
    return csv.mid(csv.indexOf('\n') + 1).toStdString();
}

} // namespace

DunningLedger::DunningLedger()
    : m_dunning(database())
{
    load(ImportKind::Customers, "customer_id,name,currency\nA,Alpha,\nB,Beta,\nH,Hold,\n");
    load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                               "INV-A1,A,2025-01-30,2025-03-01,100.00\n"
                               "INV-A2,A,2025-02-18,2025-03-20,50.00\n"
                               "INV-B1,B,2025-01-30,2025-03-01,200.00\n"
                               "INV-H1,H,2025-01-30,2025-03-01,80.00\n");
    setOnHold(u"H"_s, true);
}

CustomerId DunningLedger::customer(const QString& code)
{
    const auto found = CustomerRepository(database()).findByCode(code);
    REQUIRE(found);
    REQUIRE(found->has_value());
    return (*found)->id;
}

InvoiceId DunningLedger::invoice(const QString& number)
{
    const auto found = InvoiceRepository(database()).findByNumber(number);
    REQUIRE(found);
    REQUIRE(found->has_value());
    return (*found)->id;
}

void DunningLedger::setOnHold(const QString& code, bool onHold)
{
    CustomerService customers(database());
    auto found = customers.find(customer(code));
    REQUIRE(found);
    Customer changed = *found;
    changed.onHold = onHold;
    const auto updated = customers.update(changed, *found);
    INFO((updated ? std::string() : updated.error().detail.toStdString()));
    REQUIRE(updated);
}

std::string DunningLedger::run(const char* asOf)
{
    const auto notices = m_dunning.select(day(asOf));
    INFO((notices ? std::string() : notices.error().detail.toStdString()));
    REQUIRE(notices);
    return csvBody(*notices);
}

std::string DunningLedger::runAndRecord(const char* asOf)
{
    const auto notices = m_dunning.select(day(asOf));
    REQUIRE(notices);
    for (const ReminderNotice& notice : *notices) {
        const auto recorded = m_dunning.record(notice, ReminderChannel::Letter, day(asOf));
        INFO((recorded ? std::string() : recorded.error().detail.toStdString()));
        REQUIRE(recorded);
    }
    return csvBody(*notices);
}

} // namespace ardesk::test
