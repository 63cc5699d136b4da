#include "models/AgingSummaryModel.h"

#include <QFont>

#include "domain/Money.h"
#include "text/AgingLabels.h"

namespace ardesk {

AgingSummaryModel::AgingSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AgingSummaryModel::setSummary(const AgingSummary& summary)
{
    // A reset rather than row changes: new bucket edges change the columns too.
    beginResetModel();
    m_summary = summary;
    endResetModel();
}

void AgingSummaryModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AgingSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid()
               ? 0
               : static_cast<int>(m_summary.customers.size() + m_summary.totals.size());
}

int AgingSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : totalColumn() + 1;
}

const AgingSummaryRow& AgingSummaryModel::rowAt(int row) const
{
    return isTotalRow(row) ? m_summary.totals.at(row - m_summary.customers.size())
                           : m_summary.customers.at(row);
}

qint64 AgingSummaryModel::amount(const AgingSummaryRow& row, int column) const
{
    if (column == unappliedColumn())
        return row.unappliedMinor;
    if (column == totalColumn())
        return row.totalMinor;
    return row.bucketsMinor.value(column - FirstBucket);
}

QVariant AgingSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case IsTotalRole:
        return isTotalRow(index.row());
    case Qt::TextAlignmentRole:
        if (index.column() >= FirstBucket)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (isTotalRow(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant AgingSummaryModel::display(int row, int column) const
{
    const AgingSummaryRow& line = rowAt(row);
    switch (column) {
    case Customer:
        //: The row that adds up every customer of one currency in the aging summary.
        return isTotalRow(row) ? tr("Total") : line.customerName;
    case CustomerId:
        return line.customerCode;
    case Currency:
        return line.currency.code();
    default:
        break;
    }
    // An empty bucket or unapplied cell is blank, as in the printed report (and GnuCash's and
    // QuickBooks' aging): the amounts that are there stand out. The total is always shown;
    // the sort role keeps the 0.
    const qint64 minor = amount(line, column);
    if (minor == 0 && column != totalColumn())
        return QString();
    return Money(minor, line.currency).toLocalizedString(m_locale);
}

QVariant AgingSummaryModel::sortValue(int row, int column) const
{
    const AgingSummaryRow& line = rowAt(row);
    switch (column) {
    case Customer:
        return isTotalRow(row) ? QVariant() : QVariant(line.customerName);
    case CustomerId:
        return line.customerCode;
    case Currency:
        return line.currency.code();
    default:
        return amount(line, column);
    }
}

QVariant AgingSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::TextAlignmentRole && section >= FirstBucket)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case CustomerId:
        return tr("ID");
    case Currency:
        return tr("Currency");
    default:
        break;
    }
    if (section == unappliedColumn())
        return tr("Unapplied");
    if (section == totalColumn())
        return tr("Total");
    return AgingLabels::bucket(m_summary.buckets, section - FirstBucket);
}

} // namespace ardesk
