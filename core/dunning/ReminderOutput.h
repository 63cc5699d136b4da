#pragma once

#include <functional>

#include "domain/Error.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

// Where a reminder goes: a page of a PDF, an .eml file, an e-mail handed to a server. The
// dunning run calls deliver() per notice and records the notice's items only once it
// succeeded ("recorded once the output exists"), so a failed delivery is dunned again next run.
class ReminderOutput {
public:
    // Called by an output that hands the notice over before it is done with it (an SMTP
    // server takes the message, then the session is closed with QUIT), at the moment of the
    // hand-over: the run records the notice there, so what follows can no longer make it send
    // the notice twice. After it, deliver() succeeds.
    using Accepted = std::function<void()>;

    virtual ~ReminderOutput() = default;

    virtual Result<void> deliver(const ReminderNotice& notice, const Accepted& accepted) = 0;
};

} // namespace ardesk
