#include "models/LocaleSortProxyModel.h"

#include <QLocale>

namespace ardesk {

LocaleSortProxyModel::LocaleSortProxyModel(int sortRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale())
{
    setSortRole(sortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

bool LocaleSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.userType() == QMetaType::QString && rightValue.userType() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ardesk
