#pragma once

#include <QString>

namespace ardesk {

// Where the GUI and the CLI look for a ledger when none is named: $ARDESK_LEDGER, else
// default.ardesk in the per-user application data folder. Both programs set the application
// and organisation names to "ARDesk" so that they agree on that folder.
class LedgerLocation {
public:
    static QString defaultPath();
    static void setApplicationIdentity();
};

} // namespace ardesk
