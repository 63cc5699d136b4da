#pragma once

#include <QString>

namespace ardesk::test {

// A second SQLite connection to a ledger file, as another program would hold it: to damage,
// lock or hand-build ledger files (an old schema) the way ARDesk itself never would.
class RawConnection {
public:
    explicit RawConnection(const QString& path);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Runs one statement; the test fails with the SQL error if it does not succeed.
    void exec(const QString& sql);

private:
    static inline int s_count = 0;
    QString m_name;
};

} // namespace ardesk::test
