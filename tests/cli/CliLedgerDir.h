#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ardesk::test {

// What one run of ardesk-cli printed, and how it ended.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;

    QString text() const { return QString::fromUtf8(out); }
};

// A temporary folder for the files of a test, one ledger, and ardesk-cli (the built binary,
// ARDESK_CLI) run on it as a script would. The ledger is the file <folder>/ledger.ardesk, or in
// the server variant of the tests a fresh database on the test's PostgreSQL server (CliServer).
// The desktop app's settings of whoever runs the tests are kept out: XDG_CONFIG_HOME points
// into the folder.
class CliLedgerDir {
public:
    CliLedgerDir();

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // What --ledger names: the file's path or the database's address.
    QString ledger() const { return m_ledger; }
    bool onServer() const { return m_onServer; }
    // `ardesk-cli --ledger LEDGER ARGUMENTS` in the folder, with `environment` added to the
    // test's own.
    CliRun run(const QStringList& arguments, const QProcessEnvironment& environment = {}) const;
    // What run() starts the binary with: `--ledger LEDGER ARGUMENTS`, and the test's
    // environment with the settings kept in the folder.
    QStringList cliArguments(const QStringList& arguments) const;
    QProcessEnvironment cliEnvironment() const;
    // Writes `bytes` to path(name) and returns that path.
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
    bool m_onServer = false;
    QString m_ledger;
};

} // namespace ardesk::test
