#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include "CliLedgerDir.h"

namespace ardesk::test {

// ardesk-cli started on a CliLedgerDir with its stderr on a FIFO that the test reads only until
// a text it names has come (a --progress line). The child's next lines then fill the FIFO and it
// waits on the next one, in the middle of its work — inside its one transaction — for as long as
// the test likes. The test kills it there, or starts something else meanwhile and then lets it
// go on to the end. A FIFO is Unix only; the run needs enough progress lines after the text to
// fill one (64 KiB on Linux).
class StalledCliRun {
public:
    StalledCliRun(const CliLedgerDir& dir, const QStringList& arguments, const QByteArray& until);
    ~StalledCliRun();
    StalledCliRun(const StalledCliRun&) = delete;
    StalledCliRun& operator=(const StalledCliRun&) = delete;

    // Kills the child where it waits; true when it ended by the kill (not by itself before).
    bool kill();
    // Reads the rest of the child's stderr so that it goes on, and waits for its end.
    CliRun finish();

private:
    QProcess m_process;
    QString m_outputPath;
    int m_reader = -1;
    QByteArray m_err;
};

} // namespace ardesk::test
