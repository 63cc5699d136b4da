#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/Error.h"

namespace ardesk {

// Turns the core's error codes into sentences for people. The core's `detail` is technical
// and untranslated; it goes into a message box's details, never in place of these.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    // Why the ledger at `path` could not be opened.
    static QString openLedger(const Error& error, const QString& path);
    // Why reading from the open ledger failed (a list, a report).
    static QString readLedger(const Error& error);
    // Why a change to the open ledger (a plan created, rescheduled, cancelled) was not made.
    static QString changeLedger(const Error& error);
    // Why a new ledger file (a new company, the demo company, a backup) could not be written
    // to `path`.
    static QString writeLedger(const Error& error, const QString& path);
};

} // namespace ardesk
