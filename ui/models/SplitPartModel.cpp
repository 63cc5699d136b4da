#include "models/SplitPartModel.h"

#include <QLocale>

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SplitPartModel::SplitPartModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SplitPartModel::append(const Part& part)
{
    const auto row = static_cast<int>(m_parts.size());
    beginInsertRows({}, row, row);
    m_parts.append(part);
    endInsertRows();
}

void SplitPartModel::removeAt(int row)
{
    if (row < 0 || row >= m_parts.size())
        return;
    beginRemoveRows({}, row, row);
    m_parts.removeAt(row);
    endRemoveRows();
}

QList<CashApplicationService::SplitPart> SplitPartModel::splitParts() const
{
    QList<CashApplicationService::SplitPart> result;
    for (const Part& part : m_parts)
        result.append(part.part);
    return result;
}

qint64 SplitPartModel::totalMinor() const
{
    qint64 total = 0;
    for (const Part& part : m_parts)
        total += part.part.amount.minor();
    return total;
}

int SplitPartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parts.size());
}

int SplitPartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SplitPartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Part& part = m_parts.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(index.column() == Amount);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Customer:
        //: A customer of a split receipt: name (code).
        return tr("%1 (%2)").arg(part.customerName, part.part.customerCode);
    case Amount:
        return NumberFormat::money(part.part.amount.minor(), part.part.amount.currency(),
                                   QLocale());
    case Documents:
        return part.part.invoiceNumbers.join(u", "_s);
    default:
        return QVariant();
    }
}

QVariant SplitPartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, section == Amount,
                            &SplitPartModel::columnTitle);
}

QString SplitPartModel::columnTitle(int column)
{
    switch (column) {
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Documents:
        return tr("Documents to Pay First");
    }
    return QString();
}

} // namespace ardesk
