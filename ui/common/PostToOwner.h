#pragma once

#include <QMetaObject>
#include <QPointer>

namespace ardesk {

// From a worker thread, runs `call(owner)` on the owner's (GUI) thread, as a queued call. The
// QPointer drops calls that arrive after the owner is gone: runners wait for their job in their
// destructor, not for the event queue. For progress signals of the ledger jobs.
template <typename Owner, typename Call>
void postToOwner(const QPointer<Owner>& owner, Call call)
{
    QMetaObject::invokeMethod(
        owner.data(),
        [owner, call] {
            if (owner)
                call(*owner);
        },
        Qt::QueuedConnection);
}

} // namespace ardesk
