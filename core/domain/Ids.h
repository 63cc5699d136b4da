#pragma once

#include <compare>

#include <QHashFunctions>
#include <QtGlobal>

namespace ardesk {

// Ledger row identifiers, typed so that an invoice id is never passed where a customer id is
// expected. 0 means "none".
template <typename Tag>
struct Id {
    qint64 value = 0;

    bool isValid() const { return value > 0; }
    friend auto operator<=>(const Id&, const Id&) = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using CustomerId = Id<struct CustomerTag>;
using InvoiceId = Id<struct InvoiceTag>;
using CreditId = Id<struct CreditTag>;
using WriteOffId = Id<struct WriteOffTag>;
using PlanId = Id<struct PlanTag>;
using ActivityId = Id<struct ActivityTag>;
using BankAccountId = Id<struct BankAccountTag>;
using BankStatementId = Id<struct BankStatementTag>;
using BankLineId = Id<struct BankLineTag>;
using RecurringScheduleId = Id<struct RecurringScheduleTag>;
using AgencyHandoverId = Id<struct AgencyHandoverTag>;

} // namespace ardesk
