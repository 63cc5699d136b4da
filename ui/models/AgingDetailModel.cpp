#include "models/AgingDetailModel.h"

#include "domain/Money.h"
#include "text/AgencyText.h"

namespace ardesk {

AgingDetailModel::AgingDetailModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgingDetailModel::setRows(const QList<AgingDetailRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AgingDetailModel::setAgencies(const QHash<QString, QString>& agencyByCustomer)
{
    m_agencies = agencyByCustomer;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Note), index(rowCount() - 1, Note));
}

void AgingDetailModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AgingDetailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgingDetailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgingDetailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgingDetailRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Customer ? QVariant(row.customerCode) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue || index.column() == OpenAmount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AgingDetailModel::display(const AgingDetailRow& row, int column) const
{
    switch (column) {
    case Customer:
        return row.customerName;
    case Document:
        return row.document;
    case IssueDate:
        return m_locale.toString(row.issueDate, QLocale::ShortFormat);
    case DueDate:
        return row.dueDate.isValid() ? m_locale.toString(row.dueDate, QLocale::ShortFormat)
                                     : QString();
    case DaysOverdue:
        // Not yet due shows nothing rather than a negative age.
        return row.ageDays && *row.ageDays > 0 ? m_locale.toString(*row.ageDays) : QString();
    case OpenAmount:
        return Money(row.openMinor, row.currency).toLocalizedString(m_locale);
    case Discount:
        return row.discount.discountMinor > 0
                   ? tr("%1 until %2")
                         .arg(Money(row.discount.discountMinor, row.currency)
                                  .toLocalizedString(m_locale),
                              m_locale.toString(row.discount.until, QLocale::ShortFormat))
                   : QString();
    case Note: {
        // Unapplied credit is the customer's money, not an item the agency collects.
        const auto agency = m_agencies.constFind(row.customerCode);
        return agency == m_agencies.cend() || row.bucket == AgingDetailRow::unappliedBucket
                   ? QString()
                   : AgencyText::item(*agency);
    }
    default:
        return {};
    }
}

QVariant AgingDetailModel::sortValue(const AgingDetailRow& row, int column) const
{
    switch (column) {
    case Customer:
        return row.customerName;
    case Document:
        return row.document;
    case IssueDate:
        return row.issueDate;
    case DueDate:
        return row.dueDate;
    case DaysOverdue:
        return row.ageDays ? QVariant(*row.ageDays) : QVariant();
    case OpenAmount:
        return row.openMinor;
    case Discount:
        return row.discount.discountMinor;
    case Note:
        return display(row, column);
    default:
        return {};
    }
}

QVariant AgingDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == DaysOverdue || section == OpenAmount))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Document:
        return tr("Invoice");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case DaysOverdue:
        return tr("Days Overdue");
    case OpenAmount:
        return tr("Open Amount");
    case Discount:
        return tr("Early-Payment Discount");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ardesk
