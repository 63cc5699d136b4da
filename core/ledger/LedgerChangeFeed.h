#pragma once

#include <chrono>

#include <QDeadlineTimer>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;

namespace ardesk {

class ChangeSubscription;
class Database;

// What the other users of a shared ledger change, in bursts, for a window to read again: the
// tables changed since the last burst, once the notifications have stopped coming for a
// moment, and at the latest a second after the first of them, so that another user's import
// of a thousand rows reads the lists once and a steady stream of postings still shows within
// seconds. Changes of this session's own connection are not reported (its window reads again
// after them already); those of its other connections (a job, another window) are. A file
// ledger has no feed: isLive() is false.
class LedgerChangeFeed : public QObject {
    Q_OBJECT

public:
    // `database` (the one the session works on, on this thread) must outlive the feed.
    explicit LedgerChangeFeed(Database& database, QObject* parent = nullptr);
    ~LedgerChangeFeed() override;

    bool isLive() const;
    // Whether a burst has begun and not been reported yet.
    bool isGathering() const { return !m_tables.isEmpty(); }
    // How long a burst stays open after its latest notification, and after its first at most.
    void setBurstWindows(std::chrono::milliseconds quiet, std::chrono::milliseconds longest);

Q_SIGNALS:
    // The tables other sessions changed in the burst, each once, in order.
    void changed(const QStringList& tables);

private:
    void note(const QString& table);
    void endBurst();

    ChangeSubscription* m_subscription;
    QTimer* m_quietTimer;
    std::chrono::milliseconds m_quiet{250};
    std::chrono::milliseconds m_longest{1000};
    QDeadlineTimer m_burstDeadline;
    QSet<QString> m_tables;
};

} // namespace ardesk
