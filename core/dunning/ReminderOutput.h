#pragma once

#include "domain/Error.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

// Where a reminder goes: a page of a PDF, an .eml file, an e-mail handed to a server. The
// dunning run calls deliver() per notice and records the notice's items only once it
// succeeded ("recorded once the output exists"), so a failed delivery is dunned again next run.
class ReminderOutput {
public:
    virtual ~ReminderOutput() = default;

    virtual Result<void> deliver(const ReminderNotice& notice) = 0;
};

} // namespace ardesk
