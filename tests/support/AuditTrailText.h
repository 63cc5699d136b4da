#pragma once

#include <string>

#include <QString>

namespace ardesk {
class Database;
}

namespace ardesk::test {

// A customer's audit trail (found by code) as text, one entry a line, newest first: "made_at
// made_by kind document action related amount" (amount in minor units, "-" when none), or
// without made_at where `withTime` is false (entries of different transactions on a server).
std::string auditTrail(Database& database, const QString& customerCode, bool withTime = true);

} // namespace ardesk::test
