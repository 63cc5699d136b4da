#include "support/AuditTrailText.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include "domain/AuditEntry.h"
#include "ledger/AuditTrailService.h"
#include "ledger/CustomerService.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

QString kindName(AuditEntry::DocumentKind kind)
{
    switch (kind) {
    case AuditEntry::DocumentKind::Customer:
        return u"customer"_s;
    case AuditEntry::DocumentKind::Invoice:
        return u"invoice"_s;
    case AuditEntry::DocumentKind::Payment:
        return u"payment"_s;
    case AuditEntry::DocumentKind::CreditNote:
        return u"credit_note"_s;
    case AuditEntry::DocumentKind::Plan:
        return u"plan"_s;
    case AuditEntry::DocumentKind::Activity:
        return u"activity"_s;
    }
    return {};
}

QString actionName(AuditEntry::Action action)
{
    using Action = AuditEntry::Action;
    switch (action) {
    case Action::Created:
        return u"created"_s;
    case Action::Changed:
        return u"changed"_s;
    case Action::Voided:
        return u"voided"_s;
    case Action::Deleted:
        return u"deleted"_s;
    case Action::Allocated:
        return u"allocated"_s;
    case Action::Unapplied:
        return u"unapplied"_s;
    case Action::WrittenOff:
        return u"written_off"_s;
    case Action::Discounted:
        return u"discounted"_s;
    case Action::Reminded:
        return u"reminded"_s;
    case Action::Resolved:
        return u"resolved"_s;
    case Action::HandedOver:
        return u"handed_over"_s;
    case Action::Recalled:
        return u"recalled"_s;
    case Action::Cancelled:
        return u"cancelled"_s;
    case Action::Rescheduled:
        return u"rescheduled"_s;
    }
    return {};
}

} // namespace

std::string auditTrail(Database& database, const QString& customerCode, bool withTime)
{
    const auto customer = CustomerService(database).findByCode(customerCode);
    REQUIRE(customer.has_value());
    const auto entries = AuditTrailService(database).forCustomer(customer->id, 500);
    REQUIRE(entries.has_value());
    QStringList lines;
    for (const AuditEntry& entry : *entries) {
        CHECK(entry.customerId == customer->id);
        QStringList fields{
            entry.madeBy,   kindName(entry.documentKind),
            entry.document, actionName(entry.action),
            entry.related,  entry.amount ? QString::number(entry.amount->minor()) : u"-"_s};
        if (withTime)
            fields.prepend(entry.madeAt.toString(Qt::ISODate));
        lines.append(fields.join(u' '));
    }
    return lines.join(u'\n').toStdString();
}

} // namespace ardesk::test
