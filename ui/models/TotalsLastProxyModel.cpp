#include "models/TotalsLastProxyModel.h"

namespace ardesk {

TotalsLastProxyModel::TotalsLastProxyModel(int sortRole, int totalRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_totalRole(totalRole)
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

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
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ardesk
