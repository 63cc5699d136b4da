#include "widgets/ConnectedUsersLabel.h"

#include <QLocale>
#include <QTimer>

#include "ledger/ConnectedUsersService.h"
#include "ledger/LedgerChangeFeed.h"
#include "session/LedgerSession.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ConnectedUsersLabel::ConnectedUsersLabel(QWidget* parent)
    : QLabel(parent)
    , m_pollTimer(new QTimer(this))
{
    setObjectName(u"connectedUsersLabel"_s);
    setContentsMargins(6, 0, 6, 0);
    m_pollTimer->setInterval(pollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, &ConnectedUsersLabel::refresh);
    hide();
}

void ConnectedUsersLabel::setSession(LedgerSession* session)
{
    if (m_session)
        disconnect(&m_session->changeFeed(), nullptr, this, nullptr);
    m_session = session;
    m_users.clear();
    if (!session || !session->connectedUsers().isShared()) {
        m_pollTimer->stop();
        hide();
        return;
    }
    connect(&session->changeFeed(), &LedgerChangeFeed::changed, this,
            &ConnectedUsersLabel::refresh);
    m_pollTimer->start();
    refresh();
}

void ConnectedUsersLabel::refresh()
{
    if (!m_session)
        return;
    const auto users = m_session->connectedUsers().otherUsers();
    if (!users) {
        // A server that cannot say now may say at the next poll; the pages report lost
        // connections.
        m_users.clear();
        hide();
        return;
    }
    showUsers(*users);
}

void ConnectedUsersLabel::showUsers(const QStringList& users)
{
    m_users = users;
    const auto seconds = static_cast<int>(pollInterval.count());
    setToolTip(users.isEmpty()
                   ? tr("Nobody else is connected to this ledger's server database (checked "
                        "every %n second(s)).",
                        nullptr, seconds)
                   : tr("Also connected to this ledger's server database: %1 (checked every "
                        "%n second(s)).",
                        nullptr, seconds)
                         .arg(users.join(u", "_s)));
    if (users.isEmpty()) {
        setText(tr("No one else connected"));
    } else if (users.size() <= namesShown) {
        setText(tr("Also connected: %1").arg(QLocale().createSeparatedList(users)));
    } else {
        const QString names = users.first(namesShown).join(u", "_s);
        setText(tr("Also connected: %1 and %n more", nullptr,
                   static_cast<int>(users.size() - namesShown))
                    .arg(names));
    }
    setVisible(true);
}

} // namespace ardesk
