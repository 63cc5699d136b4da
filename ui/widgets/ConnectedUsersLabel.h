#pragma once

#include <chrono>

#include <QLabel>
#include <QStringList>

class QTimer;

namespace ardesk {

class LedgerSession;

// The status bar's note of who else has a shared ledger open ("Also connected: anna, ben"),
// the other database users of a server ledger. Nobody says when they arrive or leave, so the
// note is read again every pollInterval, and whenever another user changes the ledger. Hidden
// on a file ledger, with no ledger, and when the server cannot say.
class ConnectedUsersLabel : public QLabel {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds pollInterval{15};
    // Names shown before the rest are counted ("anna, ben, carl and 2 more").
    static constexpr int namesShown = 3;

    explicit ConnectedUsersLabel(QWidget* parent = nullptr);

    // The ledger whose users to show, or nullptr. Not owned.
    void setSession(LedgerSession* session);
    // Reads who is connected now.
    void refresh();
    // The other users shown, in order.
    QStringList users() const { return m_users; }

private:
    void showUsers(const QStringList& users);

    LedgerSession* m_session = nullptr;
    QTimer* m_pollTimer;
    QStringList m_users;
};

} // namespace ardesk
