#include "cashapp/BankMatcher.h"

#include <QRegularExpression>

#include "domain/BankAccountNumber.h"
#include "domain/CreditorReference.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr int referenceExactScore = 100;
constexpr int referenceDifferentScore = 80;
constexpr int customerAmountScore = 70;
constexpr int customerScore = 50;

// Adds `key` -> `value`, or marks the key ambiguous (-1) when another value has it.
template <typename Value>
void insertUnique(QHash<QString, Value>& hash, const QString& key, Value value)
{
    if (key.isEmpty())
        return;
    const auto found = hash.constFind(key);
    if (found == hash.constEnd())
        hash.insert(key, value);
    else if (*found != value)
        hash.insert(key, Value(-1));
}

} // namespace

BankMatcher::BankMatcher(BankMatchData data)
    : m_data(std::move(data))
{
    for (qsizetype i = 0; i < m_data.customers.size(); ++i) {
        const Customer& customer = m_data.customers.at(i);
        m_customerIndex.insert(customer.id.value, static_cast<int>(i));
        insertUnique(m_customerByCode, customer.code.toUpper(), customer.id.value);
        insertUnique(m_customerByName, foldName(customer.name), customer.id.value);
        insertUnique(m_customerByOwnAccount, BankAccountNumber::normalized(customer.bankAccount),
                     customer.id.value);
    }
    for (qsizetype i = 0; i < m_data.openItems.size(); ++i) {
        const AllocationItem& item = m_data.openItems.at(i);
        const int index = static_cast<int>(i);
        m_itemsOf[item.customerId.value].append(index);
        m_itemById.insert(item.id.value, index);
        m_itemByNumber.insert(item.number.toUpper(), index);
        insertUnique(m_itemByFolded, CreditorReference::fold(item.number), index);
    }
}

QString BankMatcher::foldName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (space && !folded.isEmpty())
                folded.append(u' ');
            folded.append(c.toCaseFolded());
            space = false;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            space = true;
        }
        // Combining marks (the accents NFKD split off) are dropped.
    }
    return folded;
}

QStringList BankMatcher::tokens(const QString& reference)
{
    static const QRegularExpression separators(u"[\\s,;:()\\[\\]{}\"'<>]+"_s);
    QStringList tokens;
    for (QString token : reference.split(separators, Qt::SkipEmptyParts)) {
        while (!token.isEmpty() && (token.endsWith(u'.') || token.endsWith(u'-')))
            token.chop(1);
        while (token.startsWith(u'#'))
            token.remove(0, 1);
        if (!token.isEmpty())
            tokens.append(token.toUpper());
    }
    return tokens;
}

bool BankMatcher::isOpenIn(int index, const BankLine& line) const
{
    const AllocationItem& item = m_data.openItems.at(index);
    return item.openMinor > 0 && item.currency == line.amount.currency();
}

QList<int> BankMatcher::namedItems(const QStringList& tokens, const BankLine& line) const
{
    QList<int> items;
    const auto add = [&](int index) {
        if (index >= 0 && isOpenIn(index, line) && !items.contains(index))
            items.append(index);
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        if (const auto found = m_itemByNumber.constFind(token); found != m_itemByNumber.cend()) {
            add(*found);
            continue;
        }
        // "INV-7/INV-8": several numbers joined by slashes (a plan's PLAN-3/2 was found whole).
        if (token.contains(u'/')) {
            for (const QString& part : token.split(u'/', Qt::SkipEmptyParts))
                add(m_itemByNumber.value(part, -1));
        }
        if (!token.startsWith(u"RF"_s))
            continue;
        // A creditor reference is often written in groups of four: the longest run of tokens
        // from here that is a valid reference names the document.
        QString candidate;
        std::optional<QString> body;
        for (qsizetype j = i; j < tokens.size(); ++j) {
            candidate += tokens.at(j);
            if (candidate.size() > 4 + CreditorReference::maxBodyLength)
                break;
            if (const auto valid = CreditorReference::body(candidate))
                body = valid;
        }
        if (body)
            add(m_itemByFolded.value(*body, -1));
    }
    return items;
}

void BankMatcher::addItem(BankMatch& match, int index) const
{
    const AllocationItem& item = m_data.openItems.at(index);
    match.items.append(item.id);
    match.documents.append(item.number);
    match.documentsOpenMinor += item.openMinor;
    if (item.discount.earnedOn(match.line.bookingDate, item.openMinor))
        match.documentsDiscountMinor += item.discount.discountMinor;
}

std::optional<BankMatch> BankMatcher::byReference(const BankLine& line,
                                                  const QStringList& tokens) const
{
    const QList<int> items = namedItems(tokens, line);
    if (items.isEmpty())
        return std::nullopt;
    const CustomerId owner = m_data.openItems.at(items.first()).customerId;
    for (int index : items) {
        if (m_data.openItems.at(index).customerId != owner)
            return std::nullopt; // documents of several customers: the reference decides nothing
    }
    const Customer* customer = customerIn(owner.value, line);
    if (!customer)
        return std::nullopt;
    BankMatch match{.line = line,
                    .rule = MatchRule::Reference,
                    .customer = customer->id,
                    .customerCode = customer->code,
                    .customerName = customer->name,
                    .clue = CustomerClue::Documents};
    for (int index : items)
        addItem(match, index);
    // Their open total, or that total less the discounts still offered (contract Part 2, 1).
    const bool exact =
        match.documentsOpenMinor == line.amount.minor() ||
        (match.documentsDiscountMinor > 0 &&
         match.documentsOpenMinor - match.documentsDiscountMinor == line.amount.minor());
    match.fit = exact ? AmountFit::Exact : AmountFit::Different;
    match.score = exact ? referenceExactScore : referenceDifferentScore;
    return match;
}

const Customer* BankMatcher::customerIn(qint64 id, const BankLine& line) const
{
    const auto index = m_customerIndex.constFind(id);
    if (id <= 0 || index == m_customerIndex.cend())
        return nullptr;
    const Customer& customer = m_data.customers.at(*index);
    return customer.currency == line.amount.currency() ? &customer : nullptr;
}

BankMatcher::Clue BankMatcher::customerOf(const BankLine& line, const QStringList& tokens) const
{
    const QString account = BankAccountNumber::normalized(line.counterpartyAccount);
    if (!account.isEmpty()) {
        if (const auto remembered = m_data.rememberedAccounts.constFind(account);
            remembered != m_data.rememberedAccounts.cend()) {
            if (const Customer* customer = customerIn(remembered->value, line))
                return {customer, CustomerClue::RememberedAccount};
        }
        if (const Customer* customer = customerIn(m_customerByOwnAccount.value(account), line))
            return {customer, CustomerClue::CustomerAccount};
    }
    for (const QString& token : tokens) {
        if (const Customer* customer = customerIn(m_customerByCode.value(token), line))
            return {customer, CustomerClue::Code};
    }
    if (const Customer* customer =
            customerIn(m_customerByName.value(foldName(line.counterparty)), line))
        return {customer, CustomerClue::Name};
    return {};
}

// The oldest items adding up to the amount first, then any one item of that amount.
void BankMatcher::fitCustomerItems(BankMatch& match) const
{
    const qint64 amount = match.line.amount.minor();
    QList<int> open;
    for (int index : m_itemsOf.value(match.customer.value)) {
        if (isOpenIn(index, match.line))
            open.append(index);
    }
    qint64 total = 0;
    for (qsizetype n = 0; n < open.size() && total < amount; ++n) {
        total += m_data.openItems.at(open.at(n)).openMinor;
        if (total == amount) {
            for (qsizetype k = 0; k <= n; ++k)
                addItem(match, open.at(k));
            match.fit = n == 0 ? AmountFit::OneItem : AmountFit::OldestItems;
            return;
        }
    }
    for (int index : open) {
        if (m_data.openItems.at(index).openMinor == amount) {
            addItem(match, index);
            match.fit = AmountFit::OneItem;
            return;
        }
    }
}

BankMatch BankMatcher::match(const BankLine& line) const
{
    const QStringList words = tokens(line.reference);
    if (auto byDocuments = byReference(line, words))
        return *byDocuments;
    BankMatch match{.line = line};
    const Clue clue = customerOf(line, words);
    if (!clue.customer)
        return match;
    match.customer = clue.customer->id;
    match.customerCode = clue.customer->code;
    match.customerName = clue.customer->name;
    match.clue = clue.kind;
    fitCustomerItems(match);
    const bool fits = !match.items.isEmpty();
    match.rule = fits ? MatchRule::CustomerAmount : MatchRule::Customer;
    match.score = fits ? customerAmountScore : customerScore;
    return match;
}

void BankMatcher::consume(const QList<AllocationShare>& shares)
{
    for (const AllocationShare& share : shares) {
        if (const auto index = m_itemById.constFind(share.item.value); index != m_itemById.cend())
            m_data.openItems[*index].openMinor -= share.amountMinor;
    }
}

} // namespace ardesk
