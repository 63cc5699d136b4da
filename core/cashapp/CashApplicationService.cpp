#include "cashapp/CashApplicationService.h"

#include <optional>

#include "cashapp/BankMatcher.h"
#include "domain/BankAccountNumber.h"
#include "domain/PaymentMethod.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString paymentCode(BankLineId line)
{
    return u"BANK-"_s + QString::number(line.value);
}

} // namespace

CashApplicationService::CashApplicationService(Database& database)
    : m_database(database)
    , m_lines(database)
    , m_counterparties(database)
    , m_customers(database)
    , m_allocation(database)
    , m_activities(database)
{}

Result<BankMatchData> CashApplicationService::matchData()
{
    BankMatchData data;
    auto customers = m_customers.all();
    if (!customers)
        return std::unexpected(customers.error());
    data.customers = std::move(*customers);
    auto items = AllocationRepository(m_database).allOpenItems();
    if (!items)
        return std::unexpected(items.error());
    data.openItems = std::move(*items);
    auto accounts = m_counterparties.all();
    if (!accounts)
        return std::unexpected(accounts.error());
    data.rememberedAccounts = std::move(*accounts);
    return data;
}

Result<QList<BankMatch>> CashApplicationService::match(const MatchOptions& options)
{
    // Proposals alone only read, so that a ledger others may only read can still be matched.
    std::optional<Transaction> transaction;
    if (options.autoPost) {
        auto begun = Transaction::begin(m_database);
        if (!begun)
            return std::unexpected(begun.error());
        transaction.emplace(std::move(*begun));
    }
    const auto lines = m_lines.list(BankLineStatus::Open);
    if (!lines)
        return std::unexpected(lines.error());
    auto data = matchData();
    if (!data)
        return std::unexpected(data.error());
    BankMatcher matcher(std::move(*data));
    // One running total for the run's postings: adding up the table for each would cost a
    // scan of every payment per posted line.
    std::optional<AmountLimit> limit;
    if (options.autoPost) {
        auto stored = m_allocation.amountLimit();
        if (!stored)
            return std::unexpected(stored.error());
        limit.emplace(*stored);
    }

    QList<BankMatch> matches;
    const qint64 total = lines->size();
    qint64 done = 0;
    for (const BankLine& line : *lines) {
        if (options.progress && done > 0 && !options.progress(done, total))
            return QList<BankMatch>(); // the transaction rolls back
        ++done;
        if (line.bookingDate > options.asOf)
            continue;
        BankMatch proposal = matcher.match(line);
        if (options.autoPost && proposal.customer.isValid() && proposal.score >= options.minScore) {
            const auto recorded = postLine(proposal, &*limit);
            if (!recorded)
                return std::unexpected(recorded.error());
            matcher.consume(recorded->shares);
            proposal.posted = true;
        }
        matches.append(std::move(proposal));
    }
    if (options.progress && !options.progress(total, total))
        return QList<BankMatch>();
    // A dry run rolls back when the transaction goes out of scope.
    if (transaction && !options.dryRun) {
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
    }
    return matches;
}

Result<BankLine> CashApplicationService::openLine(BankLineId id)
{
    const auto line = m_lines.byId(id);
    if (!line)
        return std::unexpected(line.error());
    if (!*line)
        return fail(ErrorCode::NotFound, u"no bank line %1"_s.arg(id.value));
    if ((*line)->status != BankLineStatus::Open)
        return fail(ErrorCode::InvalidInput, u"bank line %1 is %2 already"_s.arg(id.value).arg(
                                                 bankLineStatusName((*line)->status)));
    return **line;
}

Result<BankMatch> CashApplicationService::post(BankLineId id, const QString& customerCode,
                                               const QStringList& invoiceNumbers)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto line = openLine(id);
    if (!line)
        return std::unexpected(line.error());
    auto match = resolvePart(*line, customerCode, invoiceNumbers);
    if (!match)
        return std::unexpected(match.error());
    const auto recorded = postLine(*match);
    if (!recorded)
        return std::unexpected(recorded.error());
    const QString account = BankAccountNumber::normalized(line->counterpartyAccount);
    if (!account.isEmpty()) {
        if (auto ok = m_counterparties.remember(account, match->customer); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    match->posted = true;
    return *match;
}

Result<QList<BankMatch>> CashApplicationService::postSplit(BankLineId id,
                                                           const QList<SplitPart>& parts)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto line = openLine(id);
    if (!line)
        return std::unexpected(line.error());
    if (parts.size() < 2)
        return fail(ErrorCode::InvalidArgument, u"a split needs at least two parts"_s);
    qint64 total = 0;
    QList<BankMatch> matches;
    for (const SplitPart& part : parts) {
        if (part.amount.currency() != line->amount.currency() || part.amount.minor() <= 0)
            return fail(
                ErrorCode::InvalidInput,
                u"each part of bank line %1 must be a positive amount in %2"_s.arg(id.value).arg(
                    line->amount.currency().code()));
        total += part.amount.minor();
        auto match = resolvePart(*line, part.customerCode, part.invoiceNumbers);
        if (!match)
            return std::unexpected(match.error());
        match->line.amount = part.amount;
        matches.append(std::move(*match));
    }
    if (total != line->amount.minor())
        return fail(ErrorCode::InvalidInput,
                    u"the parts add up to %1, bank line %2 is %3"_s.arg(
                        Money(total, line->amount.currency()).toPlainString(),
                        QString::number(id.value), line->amount.toPlainString()));
    if (auto ok = closeLine(*line); !ok)
        return std::unexpected(ok.error());
    for (qsizetype n = 0; n < matches.size(); ++n) {
        const QString code = paymentCode(id) + u'-' + QString::number(n + 1);
        if (const auto recorded = recordPayment(matches[n], code); !recorded)
            return std::unexpected(recorded.error());
        matches[n].posted = true;
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return matches;
}

Result<BankMatch> CashApplicationService::resolvePart(const BankLine& line,
                                                      const QString& customerCode,
                                                      const QStringList& invoiceNumbers)
{
    const auto customer = m_customers.findByCode(customerCode);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, u"no customer "_s + customerCode);
    if ((*customer)->currency != line.amount.currency())
        return fail(
            ErrorCode::InvalidInput,
            u"bank line %1 is in %2, customer %3 is billed in %4"_s.arg(line.id.value)
                .arg(line.amount.currency().code(), customerCode, (*customer)->currency.code()));
    const auto open = m_allocation.openItems((*customer)->id);
    if (!open)
        return std::unexpected(open.error());
    BankMatch match{.line = line,
                    .rule = MatchRule::Customer,
                    .score = 100,
                    .customer = (*customer)->id,
                    .customerCode = (*customer)->code,
                    .customerName = (*customer)->name};
    for (const QString& number : invoiceNumbers) {
        const auto item = std::find_if(open->cbegin(), open->cend(), [&](const AllocationItem& i) {
            return i.number.compare(number, Qt::CaseInsensitive) == 0;
        });
        if (item == open->cend())
            return fail(ErrorCode::InvalidInput,
                        u"%1 is not an open invoice or installment of customer %2"_s.arg(
                            number, customerCode));
        match.items.append(item->id);
        match.documents.append(item->number);
    }
    return match;
}

Result<AllocationService::Recorded> CashApplicationService::postLine(const BankMatch& match,
                                                                     AmountLimit* limit)
{
    if (auto ok = closeLine(match.line); !ok)
        return std::unexpected(ok.error());
    return recordPayment(match, paymentCode(match.line.id), limit);
}

Result<void> CashApplicationService::closeLine(const BankLine& line)
{
    const auto closed = m_lines.close(line.id, BankLineStatus::Posted);
    if (!closed)
        return std::unexpected(closed.error());
    if (!*closed)
        return fail(ErrorCode::AlreadyExists,
                    u"bank line %1 was posted or ignored before"_s.arg(line.id.value));
    return {};
}

Result<AllocationService::Recorded> CashApplicationService::recordPayment(const BankMatch& match,
                                                                          const QString& code,
                                                                          AmountLimit* limit)
{
    const BankLine& line = match.line;
    const Credit payment{.kind = Credit::Kind::Payment,
                         .code = code,
                         .customerId = match.customer,
                         .date = line.bookingDate,
                         .amount = line.amount,
                         .method = PaymentMethod::bankTransfer,
                         .reference = line.bankReference};
    const auto recorded = m_allocation.recordNamingFirst(payment, match.items, limit);
    if (!recorded)
        return recorded;
    QString note =
        u"Bank receipt %1 of %2 %3 posted from line %4"_s
            .arg(payment.code, line.amount.toPlainString(), line.amount.currency().code())
            .arg(line.id.value);
    if (!line.counterparty.isEmpty())
        note += u", paid by "_s + line.counterparty;
    if (!line.reference.isEmpty())
        note += u", reference \""_s + line.reference + u'"';
    if (auto ok = m_activities.log(match.customer, ActivityKind::Note, line.bookingDate, note); !ok)
        return std::unexpected(ok.error());
    return recorded;
}

Result<void> CashApplicationService::ignore(BankLineId id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, u"a reason is required to ignore a bank line"_s);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (const auto line = openLine(id); !line)
        return std::unexpected(line.error());
    const auto closed = m_lines.close(id, BankLineStatus::Ignored, reason.trimmed());
    if (!closed)
        return std::unexpected(closed.error());
    return transaction->commit();
}

} // namespace ardesk
