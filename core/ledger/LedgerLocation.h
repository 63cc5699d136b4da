#pragma once

#include <QString>

namespace ardesk {

// Where the GUI and the CLI look for a ledger when none is named: $ARDESK_LEDGER, else
// default.ardesk in the per-user application data folder. Both programs set the application
// and organisation names to "ARDesk" so that they agree on that folder.
class LedgerLocation {
public:
    static QString defaultPath();
    // <application data folder>/<fileBaseName(company)>.ardesk: where a new company goes unless
    // the user picks another place.
    static QString pathForCompany(const QString& company);
    // The demo company the GUI generates on request, next to the user's own ledgers.
    static QString demoPath();
    // `name` made safe as a file name on every platform: characters that Windows, macOS or Linux
    // reserve become '-', runs of them and of spaces collapse, ends are trimmed; never empty.
    static QString fileBaseName(const QString& name);
    static void setApplicationIdentity();
};

} // namespace ardesk
