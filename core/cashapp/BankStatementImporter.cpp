#include "cashapp/BankStatementImporter.h"

#include <QFileInfo>

#include "cashapp/BankFileReader.h"
#include "cashapp/BankLineIdentities.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isReceipt(const BankEntry& entry)
{
    return entry.booked && entry.credit;
}

BankLine lineOf(const BankStatement& statement, const BankEntry& entry, QString identity)
{
    return BankLine{.account = statement.account,
                    .identity = std::move(identity),
                    .bookingDate = entry.bookingDate,
                    .valueDate = entry.valueDate.isValid() ? entry.valueDate : entry.bookingDate,
                    .amount = entry.amount,
                    .counterparty = entry.counterpartyName,
                    .counterpartyAccount = entry.counterpartyAccount,
                    .reference = entry.reference,
                    .bankReference = entry.bankReference};
}

} // namespace

BankStatementImporter::BankStatementImporter(Database& database)
    : m_database(database)
    , m_statements(database)
    , m_lines(database)
{}

Result<BankImportReport> BankStatementImporter::run(const QString& path,
                                                    std::optional<BankFormat> format, bool dryRun,
                                                    const std::optional<BankCsvProfile>& csvProfile)
{
    const auto file = BankFileReader::read(path, format, csvProfile);
    if (!file)
        return std::unexpected(file.error());
    return store(*file, dryRun);
}

Result<BankImportReport> BankStatementImporter::store(const BankFile& file, bool dryRun,
                                                      const Progress& progress)
{
    if (auto ok = checkCurrencies(file); !ok)
        return std::unexpected(ok.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());

    BankImportReport report;
    report.dryRun = dryRun;
    qint64 total = 0;
    for (const BankStatement& statement : file.statements)
        total += statement.entries.size();
    qint64 done = 0;
    // Often enough for a progress bar and a prompt Cancel; rarely enough to cost nothing.
    constexpr qint64 progressEvery = 256;
    BankLineIdentities identities;
    const QString fileName = QFileInfo(file.path).fileName();
    for (const BankStatement& statement : file.statements) {
        // The statement is recorded with its first new line: a file read again leaves no trace.
        BankAccountId account;
        BankStatementId stored;
        for (const BankEntry& entry : statement.entries) {
            if (progress && ++done % progressEvery == 0 && !progress(done, total)) {
                // The transaction rolls back when it goes out of scope.
                BankImportReport cancelled;
                cancelled.dryRun = dryRun;
                cancelled.cancelled = true;
                return cancelled;
            }
            if (!entry.booked) {
                ++report.pendingSkipped;
                continue;
            }
            if (!entry.credit) {
                ++report.debitsSkipped;
                continue;
            }
            BankLine line = lineOf(statement, entry, identities.next(statement.account, entry));
            if (!account.isValid()) {
                const auto id = m_statements.account(statement.account, statement.currency);
                if (!id)
                    return std::unexpected(id.error());
                account = *id;
            }
            const auto existing = m_lines.find(account, line.identity);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing) {
                line.id = **existing;
                report.rows.append({std::move(line), true});
                ++report.duplicates;
                continue;
            }
            if (!stored.isValid()) {
                const auto id = m_statements.insert(account, bankFormatName(file.format),
                                                    statement.statementId, fileName);
                if (!id)
                    return std::unexpected(id.error());
                stored = *id;
            }
            const auto id = m_lines.insert(account, stored, line);
            if (!id)
                return std::unexpected(id.error());
            line.id = dryRun ? BankLineId{} : *id;
            report.rows.append({std::move(line), false});
            ++report.newLines;
        }
    }
    // A dry run stores nothing: the transaction rolls back when it goes out of scope.
    if (!dryRun) {
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
    }
    return report;
}

Result<void> BankStatementImporter::checkCurrencies(const BankFile& file)
{
    const auto known = knownCurrencies();
    if (!known)
        return std::unexpected(known.error());
    for (const BankStatement& statement : file.statements) {
        if (statement.account.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        u"%1: a statement without an account; expected the account's IBAN or "
                        "id"_s.arg(file.path));
        for (const BankEntry& entry : statement.entries) {
            const QString currency = entry.amount.currency().code();
            if (isReceipt(entry) && !known->contains(currency))
                return fail(ErrorCode::InvalidInput,
                            u"%1:%2:%3: the currency %4 is not one this ledger bills in; expected "
                            "%5"_s.arg(file.path)
                                .arg(entry.sourceLine)
                                .arg(entry.sourceColumn)
                                .arg(currency, known->join(u" or "_s)));
        }
    }
    return {};
}

// The home currency and every currency a customer is billed in: a receipt in another one could
// never pay anything.
Result<QStringList> BankStatementImporter::knownCurrencies()
{
    auto currencies = CustomerRepository(m_database).currencies();
    if (!currencies)
        return std::unexpected(currencies.error());
    const auto home = LedgerInfoRepository(m_database).currency();
    if (!home)
        return std::unexpected(home.error());
    if (!currencies->contains(home->code()))
        currencies->prepend(home->code());
    return currencies;
}

} // namespace ardesk
