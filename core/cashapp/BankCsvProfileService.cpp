#include "cashapp/BankCsvProfileService.h"

#include <QStringList>

#include "storage/BankCsvProfileRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

Result<BankCsvProfile> profileOf(const BankCsvProfileRepository::Row& row)
{
    auto profile = bankCsvProfileFromJson(row.name, row.settings.toUtf8());
    if (!profile)
        return fail(ErrorCode::Storage,
                    u"CSV profile \"%1\" in the ledger: %2"_s.arg(row.name, profile.error()));
    return *profile;
}

} // namespace

BankCsvProfileService::BankCsvProfileService(Database& database)
    : m_database(database)
{}

Result<void> BankCsvProfileService::save(const BankCsvProfile& profile)
{
    if (const QString problem = bankCsvProfileProblem(profile); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    u"CSV profile \"%1\": %2"_s.arg(profile.name, problem));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = BankCsvProfileRepository(m_database)
                      .save(profile.name, QString::fromUtf8(bankCsvProfileToJson(profile)));
        !ok)
        return ok;
    return transaction->commit();
}

Result<BankCsvProfile> BankCsvProfileService::find(const QString& name)
{
    BankCsvProfileRepository profiles(m_database);
    const auto row = profiles.find(name);
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return profileOf(**row);
    const auto all = profiles.list();
    if (!all)
        return std::unexpected(all.error());
    QStringList names;
    for (const auto& saved : *all)
        names.append(saved.name);
    return fail(ErrorCode::NotFound,
                u"no CSV profile \"%1\" in the ledger; saved profiles: %2"_s.arg(
                    name, names.isEmpty() ? u"none (bank csv-profile save NAME …)"_s
                                          : names.join(u", "_s)));
}

Result<QList<BankCsvProfile>> BankCsvProfileService::list()
{
    const auto rows = BankCsvProfileRepository(m_database).list();
    if (!rows)
        return std::unexpected(rows.error());
    QList<BankCsvProfile> profiles;
    for (const auto& row : *rows) {
        auto profile = profileOf(row);
        if (!profile)
            return std::unexpected(profile.error());
        profiles.append(std::move(*profile));
    }
    return profiles;
}

} // namespace ardesk
