#include "KeychainSession.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusServiceWatcher>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>

#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {
const QString secretService = u"org.freedesktop.secrets"_s;
constexpr int startTimeoutMs = 20'000;

// The daemons end with the test process even when it cannot stop them (a crash skips the
// destructor): left running, they would hold CTest's output pipe, and CTest would wait for it
// until the test's timeout.
void endWithParent(QProcess& process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}
} // namespace

KeychainSession* KeychainSession::shared(QString& whyNot)
{
    static std::unique_ptr<KeychainSession> session;
    static QString failure;
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<KeychainSession> started(new KeychainSession);
        if (started->start(failure))
            session = std::move(started);
        else // nothing may reach the keychain of the user who runs the tests
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }
    whyNot = failure;
    return session.get();
}

bool KeychainSession::start(QString& whyNot)
{
    const QString busProgram = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    const QString keyringProgram = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (busProgram.isEmpty() || keyringProgram.isEmpty()) {
        whyNot = u"dbus-daemon or gnome-keyring-daemon is not installed (Debian: dbus, "
                 "gnome-keyring)"_s;
        return false;
    }
    if (!m_folder.isValid() || !QDir(m_folder.path()).mkdir(u"run"_s)) {
        whyNot = u"no temporary folder for the keyring"_s;
        return false;
    }
    QFile::setPermissions(m_folder.filePath(u"run"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The bus says its address on stdout once it listens.
    endWithParent(m_bus);
    endWithParent(m_keyring);
    m_bus.start(busProgram, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
    if (!m_bus.waitForReadyRead(startTimeoutMs)) {
        whyNot = u"dbus-daemon did not start: "_s + m_bus.errorString();
        return false;
    }
    const QString address = QString::fromLocal8Bit(m_bus.readLine()).trimmed();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    environment.insert(u"HOME"_s, m_folder.path());
    environment.insert(u"XDG_DATA_HOME"_s, m_folder.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_folder.filePath(u"config"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_folder.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_folder.filePath(u"run"_s));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    QDBusConnection bus = QDBusConnection::connectToBus(address, u"ardesk-keychain-probe"_s);
    if (!bus.isConnected()) {
        whyNot = u"cannot connect to the test's own D-Bus: "_s + bus.lastError().message();
        return false;
    }
    QDBusServiceWatcher watcher(secretService, bus, QDBusServiceWatcher::WatchForRegistration);
    QEventLoop loop;
    QObject::connect(&watcher, &QDBusServiceWatcher::serviceRegistered, &loop, &QEventLoop::quit);
    QTimer::singleShot(startTimeoutMs, &loop, &QEventLoop::quit);
    // --unlock reads the new login keyring's password from stdin: the keyring is created
    // unlocked, and nothing asks the (absent) user.
    m_keyring.start(keyringProgram, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring.waitForStarted(startTimeoutMs)) {
        whyNot = u"gnome-keyring-daemon did not start: "_s + m_keyring.errorString();
        return false;
    }
    m_keyring.write("throwaway keyring password");
    m_keyring.closeWriteChannel();
    if (!bus.interface()->isServiceRegistered(secretService))
        loop.exec();
    const bool registered = bus.interface()->isServiceRegistered(secretService);
    QDBusConnection::disconnectFromBus(u"ardesk-keychain-probe"_s);
    if (!registered) {
        whyNot = u"gnome-keyring-daemon offered no Secret Service"_s;
        return false;
    }
    // From here on, QtKeychain (through libsecret) finds this keychain and no other.
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toLocal8Bit());
    return true;
}

KeychainSession::~KeychainSession()
{
    for (QProcess* process : {&m_keyring, &m_bus}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5'000))
            process->kill();
        process->waitForFinished(5'000);
    }
}

} // namespace ardesk::test
