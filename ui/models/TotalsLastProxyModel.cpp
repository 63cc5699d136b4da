#include "models/TotalsLastProxyModel.h"

namespace ardesk {

TotalsLastProxyModel::TotalsLastProxyModel(int sortRole, int totalRole, QObject* parent)
    : LocaleSortProxyModel(sortRole, parent)
    , m_totalRole(totalRole)
{}

bool TotalsLastProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftIsTotal = left.data(m_totalRole).toBool();
    const bool rightIsTotal = right.data(m_totalRole).toBool();
    if (leftIsTotal != rightIsTotal) {
        // A descending sort asks lessThan(right, left) and puts the greater row first, so there
        // the total must be the lesser.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return leftIsTotal ? !ascending : ascending;
    }
    return LocaleSortProxyModel::lessThan(left, right);
}

} // namespace ardesk
