#include "foresight/ForesightData.h"

#include <algorithm>
#include <optional>
#include <thread>

#include "storage/Database.h"

namespace ardesk {

Result<ForesightData> ForesightData::load(Database& database, QDate issuedBy, QDate openAsOf)
{
    // The item scan (a million rows through QtSql: most of a prediction's time) runs on a
    // second connection of its own thread while this one reads everything else. It sees the
    // committed ledger: foresight only reads, outside any transaction.
    std::optional<Result<std::vector<ForesightItem>>> items;
    std::thread scan([&items, path = database.path(), issuedBy] {
        auto connection = Database::open(path);
        items = connection ? ForesightRepository(**connection).items(issuedBy)
                           : std::unexpected(connection.error());
    });
    struct Joiner {
        std::thread& thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{scan};

    ForesightRepository repository(database);
    ForesightData data;
    auto customers = repository.customers();
    if (!customers)
        return std::unexpected(customers.error());
    data.customers = std::move(*customers);
    qint64 largest = 0;
    for (const ForesightCustomer& customer : data.customers)
        largest = std::max(largest, customer.id);
    data.indexById.assign(static_cast<size_t>(largest) + 1, -1);
    data.terms.reserve(static_cast<size_t>(data.customers.size()));
    for (qsizetype i = 0; i < data.customers.size(); ++i) {
        data.indexById[static_cast<size_t>(data.customers.at(i).id)] = static_cast<int>(i);
        data.terms.push_back(data.customers.at(i).termsDays);
    }

    auto others = repository.settlementsWithoutPayment();
    if (!others)
        return std::unexpected(others.error());
    for (const ItemEvent& event : *others) {
        // The latest such settlement is the one that can have closed the item.
        auto& day = data.settledWithoutPayment[event.invoiceId];
        day = std::max(day, event.day);
    }
    auto reminders = repository.reminders();
    if (!reminders)
        return std::unexpected(reminders.error());
    data.reminders = std::move(*reminders);
    auto activities = repository.promisesAndDisputes();
    if (!activities)
        return std::unexpected(activities.error());
    data.promisesAndDisputes = std::move(*activities);
    auto open = repository.openItems(openAsOf);
    if (!open)
        return std::unexpected(open.error());
    data.open = std::move(*open);
    scan.join();
    if (!*items)
        return std::unexpected(items->error());
    data.items = std::move(**items);
    return data;
}

} // namespace ardesk
