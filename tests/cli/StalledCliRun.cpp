#include "StalledCliRun.h"

#include <cerrno>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

// Waits for the next bytes of the FIFO (at most 30 s: a child that stops writing is a failure,
// not a hang); false at its end, when the child closed it.
bool readMore(int reader, QByteArray& into)
{
    for (;;) {
        pollfd ready{.fd = reader, .events = POLLIN, .revents = 0};
        REQUIRE(poll(&ready, 1, 30'000) == 1);
        char chunk[4096];
        const ssize_t got = read(reader, chunk, sizeof chunk);
        if (got > 0) {
            into.append(chunk, got);
            return true;
        }
        if (got == 0)
            return false;
        REQUIRE(errno == EAGAIN);
    }
}

} // namespace

StalledCliRun::StalledCliRun(const CliLedgerDir& dir, const QStringList& arguments,
                             const QByteArray& until)
{
    static int runs = 0;
    const QString name = u"stalled-%1"_s.arg(++runs);
    const QByteArray fifo = QFile::encodeName(dir.path(name + u".fifo"_s));
    REQUIRE(mkfifo(fifo.constData(), 0600) == 0);
    // Opened before the child, without waiting for a writer.
    m_reader = open(fifo.constData(), O_RDONLY | O_NONBLOCK);
    REQUIRE(m_reader >= 0);
    // stdout to a file: a pipe nobody reads could stall the child somewhere else.
    m_outputPath = dir.path(name + u".out"_s);
    m_process.setProcessEnvironment(dir.cliEnvironment());
    m_process.setStandardErrorFile(QFile::decodeName(fifo));
    m_process.setStandardOutputFile(m_outputPath);
    m_process.start(u"" ARDESK_CLI ""_s, dir.cliArguments(arguments));
    REQUIRE(m_process.waitForStarted(30'000));
    while (!m_err.contains(until))
        REQUIRE(readMore(m_reader, m_err));
}

StalledCliRun::~StalledCliRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(30'000);
    }
    if (m_reader >= 0)
        close(m_reader);
}

bool StalledCliRun::kill()
{
    m_process.kill();
    REQUIRE(m_process.waitForFinished(30'000));
    return m_process.exitStatus() == QProcess::CrashExit;
}

CliRun StalledCliRun::finish()
{
    while (readMore(m_reader, m_err)) {
    }
    REQUIRE(m_process.waitForFinished(30'000));
    QFile output(m_outputPath);
    REQUIRE(output.open(QIODevice::ReadOnly));
    return {m_process.exitCode(), output.readAll(), QString::fromUtf8(m_err)};
}

} // namespace ardesk::test
