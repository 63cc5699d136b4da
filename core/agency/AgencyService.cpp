#include "agency/AgencyService.h"

#include "domain/IsoDate.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AgencyService::AgencyService(Database& database)
    : m_database(database)
    , m_repository(database)
    , m_customers(database)
    , m_activities(database)
{}

Result<Customer> AgencyService::customer(CustomerId id)
{
    const auto found = m_customers.findById(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no such customer"_s);
    return **found;
}

QString AgencyService::handOverNote(const AgencyHandover& handover)
{
    QString text = u"Handed over to the collection agency %1"_s.arg(handover.agency);
    if (!handover.note.trimmed().isEmpty())
        text += u": "_s + handover.note.trimmed();
    return text;
}

QString AgencyService::recallNote(const AgencyHandover& handover)
{
    QString text = u"Taken back from the collection agency %1 (handed over on %2)"_s.arg(
        handover.agency, IsoDate::format(handover.date));
    if (!handover.recallNote.trimmed().isEmpty())
        text += u": "_s + handover.recallNote.trimmed();
    return text;
}

Result<AgencyHandover> AgencyService::handOver(CustomerId customerId, QDate date,
                                               const QString& agency, const QString& note)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"a hand-over needs its date"_s);
    if (agency.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"name the collection agency"_s);
    const auto who = customer(customerId);
    if (!who)
        return std::unexpected(who.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    AgencyHandover handover{.customer = customerId,
                            .customerCode = who->code,
                            .customerName = who->name,
                            .date = date,
                            .agency = agency.trimmed(),
                            .note = note.trimmed()};
    const auto id = m_repository.insert(handover);
    if (!id) {
        if (id.error().code == ErrorCode::AlreadyExists)
            return fail(ErrorCode::InvalidInput,
                        u"customer %1 is with a collection agency already"_s.arg(who->code));
        return std::unexpected(id.error());
    }
    handover.id = *id;
    if (auto logged =
            m_activities.log(customerId, ActivityKind::Note, date, handOverNote(handover));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return handover;
}

Result<AgencyHandover> AgencyService::recall(CustomerId customerId, QDate date, const QString& note)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"taking a customer back needs the date"_s);
    const auto who = customer(customerId);
    if (!who)
        return std::unexpected(who.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto open = m_repository.open(customerId);
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return fail(ErrorCode::InvalidInput,
                    u"customer %1 is not with a collection agency"_s.arg(who->code));
    AgencyHandover handover = **open;
    if (date < handover.date)
        return fail(ErrorCode::InvalidInput,
                    u"customer %1 was handed over on %2; it cannot be taken back before"_s.arg(
                        who->code, IsoDate::format(handover.date)));
    handover.recalledDate = date;
    handover.recallNote = note.trimmed();
    if (auto recalled = m_repository.recall(customerId, date, handover.recallNote); !recalled)
        return std::unexpected(recalled.error());
    if (auto logged = m_activities.log(customerId, ActivityKind::Note, date, recallNote(handover));
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return handover;
}

Result<std::optional<AgencyHandover>> AgencyService::current(CustomerId customer)
{
    return m_repository.open(customer);
}

Result<QList<AgencyHandover>> AgencyService::handovers(QDate asOf)
{
    return m_repository.handovers(asOf);
}

Result<QHash<CustomerId, AgencyHandover>> AgencyService::byCustomer(QDate asOf)
{
    const auto all = m_repository.handovers(asOf);
    if (!all)
        return std::unexpected(all.error());
    QHash<CustomerId, AgencyHandover> byCustomer;
    for (const AgencyHandover& handover : *all)
        byCustomer.insert(handover.customer, handover);
    return byCustomer;
}

Result<QList<AgencyHandover>> AgencyService::history(CustomerId customer)
{
    return m_repository.history(customer);
}

Result<QList<AgencyHandover>> AgencyService::allHandovers()
{
    return m_repository.all();
}

} // namespace ardesk
