#include "models/CustomerListModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "domain/Clock.h"
#include "domain/Money.h"
#include "models/ColumnHeaders.h"
#include "text/ForesightText.h"
#include "text/NumberFormat.h"

namespace ardesk {

namespace {

using SortKey = CustomerQuery::SortKey;

// Overdue amounts stand out in red, dark on a light palette and light on a dark one, so that
// they stay readable in both.
QBrush overdueBrush()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QBrush(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28));
}

} // namespace

CustomerListModel::CustomerListModel(QObject* parent)
    : PagedQueryModel(parent, CustomerQuery{.nameOrder = NameOrder::Folded, .asOf = Clock::today()})
{}

std::optional<CustomerQuery::SortKey> CustomerListModel::sortKey(int column)
{
    switch (column) {
    case Code:
        return SortKey::Code;
    case Name:
        return SortKey::Name;
    case Balance:
        return SortKey::Balance;
    case Overdue:
        return SortKey::Overdue;
    case OldestDue:
        return SortKey::OldestDue;
    case CreditLimit:
        return SortKey::CreditLimit;
    case Risk:
        return SortKey::Risk;
    default:
        return std::nullopt;
    }
}

bool CustomerListModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

int CustomerListModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortKey(column) == query().sortKey)
            return column;
    return Name;
}

Qt::SortOrder CustomerListModel::sortOrder() const
{
    return query().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

bool CustomerListModel::isNumeric(int column)
{
    return column == Balance || column == Overdue || column == Terms || column == CreditLimit;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::displayData(const CustomerListRow& row, int column) const
{
    const Customer& customer = row.customer;
    // The Currency column names the currency once, rather than every amount.
    const auto amount = [&](qint64 minor) {
        return Money(minor, customer.currency).toLocalizedString(locale());
    };
    switch (column) {
    case Code:
        return customer.code;
    case Name:
        return customer.name;
    case Risk:
        if (const CustomerRisk* risk = m_foresight->risk(customer.id.value))
            return QString(risk->grade);
        return QString();
    case Balance:
        return amount(row.balanceMinor);
    case Overdue:
        // Only what is overdue shows, rather than a column of zeros.
        return row.overdueMinor == 0 ? QString() : amount(row.overdueMinor);
    case OldestDue:
        return row.oldestDue.isValid() ? locale().toString(row.oldestDue, QLocale::ShortFormat)
                                       : QString();
    case CreditLimit:
        if (!customer.creditLimitMinor)
            return QString();
        return amount(*customer.creditLimitMinor);
    case OnHold:
        return customer.onHold ? tr("On hold") : QString();
    case Currency:
        return customer.currency.code();
    case Email:
        return customer.email;
    case Phone:
        return customer.phone;
    case Terms:
        // "Net 30" is how payment terms are written on invoices.
        return customer.termsDays == 0 ? tr("Due on receipt")
                                       : tr("Net %1").arg(locale().toString(customer.termsDays));
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::sortData(const CustomerListRow& row, int column) const
{
    const Customer& customer = row.customer;
    switch (column) {
    case Balance:
        return row.balanceMinor;
    case Overdue:
        return row.overdueMinor;
    case OldestDue:
        return row.oldestDue;
    case CreditLimit:
        return customer.creditLimitMinor ? QVariant(*customer.creditLimitMinor) : QVariant();
    case OnHold:
        return customer.onHold;
    case Terms:
        return customer.termsDays;
    case Risk: {
        const CustomerRisk* risk = m_foresight->risk(customer.id.value);
        return risk ? risk->score : -1;
    }
    default:
        return displayData(row, column);
    }
}

QVariant CustomerListModel::toolTip(const CustomerListRow& row, int column) const
{
    const Customer& customer = row.customer;
    if (column == Name && !customer.address.isEmpty())
        return customer.address;
    if (column == Balance && row.overLimit())
        return tr("Over the credit limit of %1")
            .arg(NumberFormat::money(*customer.creditLimitMinor, customer.currency, locale()));
    if (column == Risk) {
        if (const CustomerRisk* risk = m_foresight->risk(customer.id.value))
            return ForesightText::risk(*risk, locale());
    }
    return QVariant();
}

void CustomerListModel::setForesight(std::shared_ptr<const ForesightIndex> foresight)
{
    m_foresight = foresight ? std::move(foresight) : std::make_shared<ForesightIndex>();
    // The Risk order reads the scores from a table of the reading connection; other orders
    // need not pay for filling it.
    QList<std::pair<qint64, int>> scores;
    scores.reserve(m_foresight->risks.size());
    for (const CustomerRisk& risk : m_foresight->risks)
        scores.append({risk.customerId, risk.score});
    if (scores.isEmpty())
        setPreparation(nullptr);
    else
        setPreparation([scores](CustomerService& service, const CustomerQuery& query) {
            return query.sortKey == CustomerQuery::SortKey::Risk ? service.setRiskScores(scores)
                                                                 : Result<void>();
        });
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Risk), index(rowCount() - 1, Risk));
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CustomerListRow* loaded = loadedRow(index.row());
    if (!loaded)
        return pendingData(index, role);
    const CustomerListRow& row = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case CustomerIdRole:
        return row.customer.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Overdue && row.overdueMinor > 0)
            return overdueBrush();
        return QVariant();
    case Qt::FontRole:
        // An over-limit balance is bold, and its tooltip says why.
        if (index.column() == Balance && row.overLimit()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &CustomerListModel::columnTitle);
}

QString CustomerListModel::columnTitle(int column)
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Risk:
        return tr("Risk");
    case Balance:
        return tr("Balance");
    case Overdue:
        return tr("Overdue");
    case OldestDue:
        return tr("Oldest Due");
    case CreditLimit:
        return tr("Credit Limit");
    case OnHold:
        return tr("On Hold");
    case Currency:
        return tr("Currency");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Terms:
        return tr("Terms");
    }
    return QString();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    CustomerQuery changed = query();
    changed.sortKey = *key;
    changed.descending = order == Qt::DescendingOrder;
    setQuery(changed);
}

} // namespace ardesk
