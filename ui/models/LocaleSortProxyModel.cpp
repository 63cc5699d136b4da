#include "models/LocaleSortProxyModel.h"

#include <QLocale>

namespace ardesk {

namespace {

// The user's locale; for the C locale (a shell without LANG, the tests), whose collation is
// plain code point order, the root collation of English, so that "Ärzte" still sorts among the
// A's as it does in the lists sorted by the database (NameOrder::Folded).
QLocale collationLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

} // namespace

LocaleSortProxyModel::LocaleSortProxyModel(int sortRole, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
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
