#pragma once

#include <memory>

#include <QString>

#include "BenchTable.h"
#include "demo/DemoLedgerGenerator.h"

namespace ardesk {
class Database;
}

namespace ardesk::cli {

class CliContext;

// One `ardesk-cli bench` run in the folder it is given, a step at a time: generate the demo
// company's CSV files, import them into a new ledger (`ledger`: a file, or a database on a
// server), time the reports, report the sizes. A step that fails reports through the context
// and returns false; exitCode() is then the code.
class BenchRun {
public:
    BenchRun(CliContext& context, const DemoParameters& parameters, int bankLines,
             const QString& folder, const QString& ledger);
    ~BenchRun();

    void printHeading();
    bool generate();
    bool createLedger();
    // A small command's wall time, as a script sees it: ardesk-cli started on the new ledger.
    void timeStartup();
    bool importFiles();
    bool timeAging();
    bool timeCustomerList();
    bool timeKpis();
    bool timeForesight();
    bool timeBank();
    void reportSizes();

    int exitCode() const { return m_exitCode; }

private:
    bool failed(const Error& error);
    bool timeAgingSummary(QDate asOf);
    bool timeAgingDetail();
    QString filePath(const QString& name) const;

    CliContext& m_context;
    DemoParameters m_parameters;
    int m_bankLines = 0;
    QString m_folder;
    QString m_ledgerPath;
    BenchTable m_table;
    std::unique_ptr<Database> m_ledger;
    int m_exitCode = 0;
};

} // namespace ardesk::cli
