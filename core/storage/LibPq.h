#pragma once

#include <libpq-fe.h>

#include <QString>

namespace ardesk {

// The libpq functions PostgresCopy calls, looked up at first use in the libpq that Qt's QPSQL
// driver loaded for the connection. Linking libpq instead would load it, and the Kerberos,
// LDAP and TLS libraries it depends on, into every run of ardesk-cli: about 12 ms of each
// start, measured, for a small command on a file ledger that never speaks to a server.
struct LibPq {
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorField) resultErrorField = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQstatus) status = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQcmdTuples) cmdTuples = nullptr;
    decltype(&PQputCopyData) putCopyData = nullptr;
    decltype(&PQputCopyEnd) putCopyEnd = nullptr;

    // The functions, or null when libpq cannot be loaded (then `why` says why). Loaded once;
    // the library stays loaded for the life of the process.
    static const LibPq* functions(QString& why);
};

} // namespace ardesk
