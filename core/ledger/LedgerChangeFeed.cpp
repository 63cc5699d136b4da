#include "ledger/LedgerChangeFeed.h"

#include <algorithm>

#include <QTimer>

#include "storage/ChangeSubscription.h"

namespace ardesk {

LedgerChangeFeed::LedgerChangeFeed(Database& database, QObject* parent)
    : QObject(parent)
    , m_subscription(new ChangeSubscription(database, this))
    , m_quietTimer(new QTimer(this))
{
    m_quietTimer->setSingleShot(true);
    connect(m_subscription, &ChangeSubscription::changed, this, &LedgerChangeFeed::note);
    connect(m_quietTimer, &QTimer::timeout, this, &LedgerChangeFeed::endBurst);
}

LedgerChangeFeed::~LedgerChangeFeed() = default;

bool LedgerChangeFeed::isLive() const
{
    return m_subscription->isActive();
}

void LedgerChangeFeed::setBurstWindows(std::chrono::milliseconds quiet,
                                       std::chrono::milliseconds longest)
{
    m_quiet = quiet;
    m_longest = std::max(quiet, longest);
}

void LedgerChangeFeed::note(const QString& table)
{
    if (m_tables.isEmpty())
        m_burstDeadline.setRemainingTime(m_longest);
    m_tables.insert(table);
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        m_burstDeadline.remainingTimeAsDuration());
    m_quietTimer->start(std::min(m_quiet, left));
}

void LedgerChangeFeed::endBurst()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    tables.sort();
    m_tables.clear();
    if (!tables.isEmpty())
        Q_EMIT changed(tables);
}

} // namespace ardesk
