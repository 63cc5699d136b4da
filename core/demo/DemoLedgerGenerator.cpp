#include "demo/DemoLedgerGenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "cashapp/BankStatementImporter.h"
#include "demo/DemoBankStatement.h"
#include "demo/DemoCollections.h"
#include "demo/DemoFiles.h"
#include "demo/DemoLetterhead.h"
#include "imports/NativeImporter.h"
#include "ledger/LedgerCreator.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Receipts on the demo company's bank statement of today.
constexpr int demoBankReceipts = 12;

} // namespace

DemoLedgerGenerator::DemoLedgerGenerator(const DemoParameters& parameters, CurrencyCode currency)
    : m_parameters(parameters)
    , m_currency(currency)
{}

QString DemoLedgerGenerator::fileName(ImportKind kind)
{
    return importKindName(kind) + u".csv"_s;
}

Result<DemoCounts> DemoLedgerGenerator::generate(const QString& folder,
                                                 const DemoProgress& progress) const
{
    if (!m_parameters.today.isValid())
        return fail(ErrorCode::InvalidArgument, u"the demo needs a valid today date"_s);
    if (m_parameters.customers < 1 || m_parameters.invoices < 0 ||
        m_parameters.payments.value_or(0) < 0) {
        return fail(ErrorCode::InvalidArgument,
                    u"the demo needs at least one customer and no negative counts"_s);
    }
    return DemoFiles::write(m_parameters, m_currency, folder, progress);
}

Result<DemoCounts> DemoLedgerGenerator::buildLedger(const QString& path, const QString& company,
                                                    CurrencyCode currency,
                                                    const DemoParameters& parameters,
                                                    const DemoProgress& progress)
{
    auto ledger = LedgerCreator::create(path, company, currency);
    if (!ledger)
        return std::unexpected(ledger.error());
    const auto discard = [&] {
        ledger->reset();
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    };

    QTemporaryDir folder;
    if (!folder.isValid()) {
        discard();
        return fail(ErrorCode::Io, u"cannot create a temporary folder: "_s + folder.errorString());
    }
    auto generated = DemoLedgerGenerator(parameters, currency).generate(folder.path(), progress);
    if (!generated || generated->cancelled) {
        discard();
        return generated;
    }

    // Allocation happens when a payment or credit note is recorded, in file order, so the
    // order of the imports shapes the ledger. Customers and invoices come first, because the
    // others refer to them. Payments come before credit notes: the generator plans each
    // invoice's payments net of its credit note, and gives credit notes only to customers whose
    // payments name their invoices, so once the payments are in, the short-paid remainder is
    // what is open and a credit note (linked, or oldest-first) takes exactly that. The other way
    // round, an unlinked credit note would meet a ledger where every invoice is still open and
    // take the customer's oldest one, whose own payment would then spill over elsewhere.
    struct Step {
        ImportKind kind;
        DemoStage stage;
        int DemoCounts::*count;
    };
    const Step steps[] = {
        {ImportKind::Customers, DemoStage::ImportingCustomers, &DemoCounts::customers},
        {ImportKind::Invoices, DemoStage::ImportingInvoices, &DemoCounts::invoices},
        {ImportKind::Payments, DemoStage::ImportingPayments, &DemoCounts::payments},
        {ImportKind::CreditNotes, DemoStage::ImportingCreditNotes, &DemoCounts::creditNotes},
    };
    DemoCounts imported;
    NativeImporter importer(**ledger);
    for (const Step& step : steps) {
        ImportOptions options;
        if (progress) {
            options.progress = [&](qint64 done, qint64 total) {
                return progress(step.stage, done, total);
            };
        }
        const QString file = QDir(folder.path()).filePath(fileName(step.kind));
        const auto report = importer.run(step.kind, file, options);
        if (!report) {
            discard();
            return std::unexpected(report.error());
        }
        if (report->cancelled) {
            discard();
            return DemoCounts{.cancelled = true};
        }
        if (!report->issues.isEmpty()) {
            // The generator's own rows must always import; this is a bug, not user input.
            const QString first = report->issues.first().toString();
            discard();
            return fail(ErrorCode::Storage,
                        u"the demo data was refused by the importer (%1 problem(s)); first: %2"_s
                            .arg(report->issues.size())
                            .arg(first));
        }
        imported.*step.count = report->rowsImported;
    }
    if (auto letterhead = DemoLetterhead::write(**ledger, currency); !letterhead) {
        discard();
        return std::unexpected(letterhead.error());
    }
    if (auto followUps = DemoCollections::add(**ledger, parameters.today); !followUps) {
        discard();
        return std::unexpected(followUps.error());
    }
    // Today's bank statement waits to be applied: the Bank page has something to show.
    const QString statement = QDir(folder.path()).filePath(u"bank-statement.xml"_s);
    if (const auto written =
            DemoBankStatement::write(**ledger, statement, demoBankReceipts, parameters.today);
        !written) {
        discard();
        return std::unexpected(written.error());
    }
    if (const auto bank = BankStatementImporter(**ledger).run(statement, std::nullopt, false);
        !bank) {
        discard();
        return std::unexpected(bank.error());
    }
    return imported;
}

} // namespace ardesk
