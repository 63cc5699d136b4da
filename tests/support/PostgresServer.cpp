#include "support/PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>

#include "domain/OpenSslCleanup.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

constexpr int nobody = 65534;

// PostgreSQL's server programs: Debian keeps them out of PATH, in one folder per version.
QString serverProgram(const QString& name)
{
    const QString bin = u"" ARDESK_POSTGRES_BIN ""_s;
    if (!bin.isEmpty() && QFile::exists(bin + u'/' + name))
        return bin + u'/' + name;
    return {};
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

// Gives the folder and everything in it to "nobody", who runs the server under root.
bool handOver(const QString& path)
{
#ifdef Q_OS_UNIX
    if (::chown(QFile::encodeName(path).constData(), nobody, nobody) != 0)
        return false;
    const QDir folder(path);
    for (const QString& entry : folder.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (::chown(QFile::encodeName(folder.filePath(entry)).constData(), nobody, nobody) != 0)
            return false;
    }
#else
    Q_UNUSED(path);
#endif
    return true;
}

// Waits for a started program's end; true when it succeeded, else its output in `log`.
bool succeeded(QProcess& process, QString& log)
{
    const bool finished = process.waitForFinished(120'000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    log = QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return false;
}

// Runs `program` (as "nobody" under root) to its end; its output in `log` when it fails.
bool run(const QString& program, const QStringList& arguments, QString& log)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot()) {
        process.start(u"" ARDESK_SETPRIV ""_s,
                      QStringList{u"--reuid=%1"_s.arg(nobody), u"--regid=%1"_s.arg(nobody),
                                  u"--clear-groups"_s, program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    return succeeded(process, log);
}

// Copies a folder with its files' owners and modes (those of the server's user, whom PostgreSQL
// checks); false where that fails or there is no `cp` (Windows).
bool copyFolder(const QString& from, const QString& to)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"cp"_s, {u"-a"_s, from, to});
    QString log;
    return succeeded(process, log);
}

// The cluster initdb made first, kept in the build tree for the next servers: initdb takes
// seconds (five on a loaded machine), a copy a fraction of one. Copied under a name of its
// own and renamed into place, so a server finds either no template or a whole one.
const QString clusterTemplate = u"" ARDESK_POSTGRES_TEMPLATE ""_s;

void keepAsTemplate(const QString& cluster)
{
    const QString staging = clusterTemplate + u".%1"_s.arg(QCoreApplication::applicationPid());
    if (copyFolder(cluster, staging) && !QDir().rename(staging, clusterTemplate))
        QDir(staging).removeRecursively();
}

// A port nothing listens on now. Another program could take it before the server does; the
// server then fails to start and the test says so, which is rare enough on a test machine.
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

std::unique_ptr<PostgresServer> PostgresServer::start(QString& whyNot)
{
    // Every test of a server ledger talks to it through QtSql.
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        whyNot = u"Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)"_s;
        return nullptr;
    }
    // Tests open connections of their own (QSqlDatabase "admin", RawConnection) before the
    // core's first: OpenSSL without its atexit cleanup from here on, as Database does.
    ardesk::OpenSslCleanup::keepOffExit();
    const QString initdb = serverProgram(u"initdb"_s);
    const QString pgCtl = serverProgram(u"pg_ctl"_s);
    if (initdb.isEmpty() || pgCtl.isEmpty()) {
        whyNot = u"PostgreSQL's initdb and pg_ctl were not found"_s;
        return nullptr;
    }
    if (runningAsRoot() && QStringLiteral(ARDESK_SETPRIV).isEmpty()) {
        whyNot = u"running as root without setpriv: PostgreSQL refuses to run as root"_s;
        return nullptr;
    }
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    const QString folder = server->m_folder.path();
    const QString data = folder + u"/data"_s;
    const QString passwordFile = folder + u"/password"_s;
    QFile password(passwordFile);
    if (!server->m_folder.isValid() || !password.open(QIODevice::WriteOnly) ||
        password.write(server->m_password.toUtf8() + '\n') < 0) {
        whyNot = u"cannot write the server's temporary folder"_s;
        return nullptr;
    }
    password.close();
    if (runningAsRoot() && !handOver(folder)) {
        whyNot = u"cannot give the server's folder to the user it runs as"_s;
        return nullptr;
    }

    QString log;
    if (!QFileInfo::exists(clusterTemplate) || !copyFolder(clusterTemplate, data)) {
        QDir(data).removeRecursively();
        if (!run(initdb,
                 {u"-D"_s, data, u"-U"_s, server->m_user, u"--pwfile"_s, passwordFile,
                  u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s, u"UTF8"_s,
                  u"--no-locale"_s, u"--no-sync"_s},
                 log)) {
            whyNot = u"initdb failed: "_s + log;
            return nullptr;
        }
        keepAsTemplate(data);
    }
    server->m_port = freePort();
    // No fsync: the cluster lives for one test; -k keeps its socket in its own folder.
    const QString options = u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off"_s.arg(
        QString::number(server->m_port), folder);
    if (!run(pgCtl,
             {u"-D"_s, data, u"-o"_s, options, u"-l"_s, folder + u"/server.log"_s, u"-w"_s,
              u"start"_s},
             log)) {
        QFile serverLog(folder + u"/server.log"_s);
        if (serverLog.open(QIODevice::ReadOnly))
            log += QString::fromLocal8Bit(serverLog.readAll());
        whyNot = u"the server did not start: "_s + log;
        return nullptr;
    }
    server->m_running = true;
    return server;
}

PostgresServer::~PostgresServer()
{
    if (!m_running)
        return;
    QString log;
    run(serverProgram(u"pg_ctl"_s),
        {u"-D"_s, m_folder.path() + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s}, log);
}

} // namespace ardesk::test
