#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace ardesk {

// The proxy of a list held whole in memory: sorts on the source's `sortRole`, text the way the
// user's language orders it (QCollator: "Ångström" among the A's, "Bäckerei" among the B's,
// case aside, "INV-9" before "INV-10"), not by code point; other values as
// QSortFilterProxyModel compares them. Lists too long to hold whole sort in the database by
// folded name instead (NameOrder::Folded).
class LocaleSortProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit LocaleSortProxyModel(int sortRole, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};

} // namespace ardesk
