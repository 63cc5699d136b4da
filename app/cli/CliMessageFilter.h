#pragma once

namespace ardesk::cli {

// Keeps stderr to ARDesk's own messages (docs/contract.md: one line each) where Qt would add
// one of its own that says nothing to the user: Qt's PostgreSQL driver frees each prepared
// statement with DEALLOCATE when its query object goes and warns "Unable to free statement"
// when that fails — as it does for every statement still prepared when the connection to the
// server was lost, whose statements the server dropped with the session. Every other message
// goes on to Qt's handler.
class CliMessageFilter {
public:
    static void install();
};

} // namespace ardesk::cli
