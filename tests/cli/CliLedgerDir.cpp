#include "CliLedgerDir.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include "CliServer.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

CliLedgerDir::CliLedgerDir()
{
    REQUIRE(m_dir.isValid());
    m_onServer = CliServer::isWanted();
    m_ledger = m_onServer ? CliServer::instance().createDatabase() : path(u"ledger.ardesk"_s);
}

QStringList CliLedgerDir::cliArguments(const QStringList& arguments) const
{
    return QStringList{u"--ledger"_s, m_ledger} + arguments;
}

QProcessEnvironment CliLedgerDir::cliEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    return environment;
}

CliRun CliLedgerDir::run(const QStringList& arguments, const QProcessEnvironment& environment) const
{
    QProcessEnvironment combined = cliEnvironment();
    combined.insert(environment);
    QProcess process;
    process.setProcessEnvironment(combined);
    process.setWorkingDirectory(m_dir.path());
    process.start(u"" ARDESK_CLI ""_s, cliArguments(arguments));
    REQUIRE(process.waitForFinished(60'000));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString CliLedgerDir::write(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return file.fileName();
}

} // namespace ardesk::test
