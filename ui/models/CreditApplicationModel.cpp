#include "models/CreditApplicationModel.h"

#include "text/NumberFormat.h"

namespace ardesk {

CreditApplicationModel::CreditApplicationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CreditApplicationModel::setApplications(const QList<CreditApplication>& applications,
                                             std::optional<CurrencyCode> currency)
{
    beginResetModel();
    m_applications = applications;
    m_currency = currency;
    endResetModel();
}

int CreditApplicationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int CreditApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditApplicationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditApplication& row = m_applications.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == Number)
            return row.number;
        return m_currency ? NumberFormat::money(row.appliedMinor, *m_currency, m_locale)
                          : QString();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Applied)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CreditApplicationModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Number ? tr("Document") : tr("Applied");
}

} // namespace ardesk
