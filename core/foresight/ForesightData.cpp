#include "foresight/ForesightData.h"

#include <algorithm>
#include <latch>
#include <optional>
#include <thread>

#include "storage/Database.h"

namespace ardesk {

namespace {

// Counts the latch down once, at the latest when it goes out of scope: the scan thread waits
// on it, so every way out of load() must release it.
class Release {
public:
    explicit Release(std::latch& latch)
        : m_latch(latch)
    {}
    ~Release() { now(); }
    Release(const Release&) = delete;
    Release& operator=(const Release&) = delete;

    void now()
    {
        if (!m_done)
            m_latch.count_down();
        m_done = true;
    }

private:
    std::latch& m_latch;
    bool m_done = false;
};

Result<void> readCustomers(ForesightRepository& repository, ForesightData& data)
{
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
    return {};
}

Result<void> readEvents(ForesightRepository& repository, ForesightData& data, QDate openAsOf)
{
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
    return {};
}

} // namespace

Result<ForesightData> ForesightData::load(Database& database, QDate issuedBy, QDate openAsOf)
{
    // The item scan (a million rows through QtSql: most of a prediction's time) and the model's
    // fit run on a second connection of their own thread while this one reads everything else.
    // It sees the committed ledger: foresight only reads, outside any transaction. The fit needs
    // the customers and the settlements without payment: this thread reads those first and
    // leaves them alone once the latch is down; `customersRead` says whether they were read.
    ForesightData data;
    std::latch customersReady(1);
    bool customersRead = false;
    std::optional<Result<std::vector<ForesightItem>>> items;
    std::thread scan([&, path = database.path()] {
        auto connection = Database::open(path);
        items = connection ? ForesightRepository(**connection).items(issuedBy)
                           : std::unexpected(connection.error());
        customersReady.wait();
        if (customersRead && *items)
            data.model = std::make_unique<PaymentModel>(static_cast<qint32>(openAsOf.toJulianDay()),
                                                        **items, data.settledWithoutPayment,
                                                        data.indexById, data.terms);
    });
    struct Joiner {
        std::thread& thread;
        ~Joiner()
        {
            if (thread.joinable())
                thread.join();
        }
    } joiner{scan};
    Release release(customersReady);

    ForesightRepository repository(database);
    auto customers = readCustomers(repository, data);
    customersRead = customers.has_value();
    release.now();
    if (!customers)
        return std::unexpected(customers.error());
    if (auto events = readEvents(repository, data, openAsOf); !events)
        return std::unexpected(events.error());
    scan.join();
    if (!*items)
        return std::unexpected(items->error());
    data.items = std::move(**items);
    return data;
}

} // namespace ardesk
