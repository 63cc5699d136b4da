// ardesk-with-postgres COMMAND [ARGS...]: runs COMMAND with a PostgreSQL server of its own on
// 127.0.0.1 (PostgresServer), for suites that are not C++ (the golden suite on a server
// ledger). COMMAND finds the server in ARDESK_TEST_SERVER (postgresql://USER@HOST:PORT, a
// database name to be appended) and the password in PGPASSWORD, which libpq reads. Exits with
// COMMAND's exit code, or 77 (CTest's "skipped") where PostgreSQL cannot run here.

#include <cstdio>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include "support/PostgresServer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int skipped = 77;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fputs("usage: ardesk-with-postgres COMMAND [ARGS...]\n", stderr);
        return 2;
    }
    QString whyNot;
    const auto server = ardesk::test::PostgresServer::start(whyNot);
    if (!server) {
        std::fprintf(stderr, "ardesk-with-postgres: skipped: %s\n", qPrintable(whyNot));
        return skipped;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(
        u"ARDESK_TEST_SERVER"_s,
        u"postgresql://%1@%2:%3"_s.arg(server->user(), server->host()).arg(server->port()));
    environment.insert(u"PGPASSWORD"_s, server->password());
    QProcess command;
    command.setProcessChannelMode(QProcess::ForwardedChannels);
    command.setInputChannelMode(QProcess::ForwardedInputChannel);
    command.setProcessEnvironment(environment);
    command.start(arguments.takeFirst(), arguments);
    if (!command.waitForFinished(-1) || command.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "ardesk-with-postgres: the command did not finish: %s\n",
                     qPrintable(command.errorString()));
        return 1;
    }
    return command.exitCode();
}
