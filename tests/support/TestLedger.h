#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ardesk::test {

// A fresh, empty ledger file path in its own temporary directory, removed with the object.
class TestLedger {
public:
    TestLedger();
    QString path() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// Absolute path of a file below tests/data.
QString dataFile(const QString& relative);

} // namespace ardesk::test
