#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

class QLockFile;

namespace ardesk {

class Database;

// Makes a run that decides what to do and then does it outside one transaction (a reminder run:
// who gets which notice, then each letter or e-mail and its record) exclusive on its ledger,
// from its choice to its last record: a second run waits, then finds the first one's records
// and sends or creates nothing twice. On a server it is a session advisory lock, released when
// the run ends or its connection is lost; on a file, a lock file beside the ledger, taken over
// when the program that held it is gone.
class RunLock {
public:
    // A recurring run needs none: it reads and creates in one transaction, which holds the
    // ledger's write lock.
    enum class Kind { Reminders = 1 };

    static Result<RunLock> acquire(Database& database, Kind kind);
    ~RunLock();
    RunLock(RunLock&& other) noexcept;
    RunLock& operator=(RunLock&&) = delete;
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

private:
    RunLock(Database* database, Kind kind, std::unique_ptr<QLockFile> file);

    Database* m_database;
    Kind m_kind;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace ardesk
