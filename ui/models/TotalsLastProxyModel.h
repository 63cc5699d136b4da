#pragma once

#include "models/LocaleSortProxyModel.h"

namespace ardesk {

// Sorts a report on the source's SortRole but keeps the rows the source marks with
// `totalRole` (the per-currency TOTAL rows) below every other row, in whichever order the
// user sorts: a total sorted in among the customers reads as one more customer. Text is
// compared the way the user's locale orders it (QCollator), not by code point.
class TotalsLastProxyModel : public LocaleSortProxyModel {
    Q_OBJECT

public:
    TotalsLastProxyModel(int sortRole, int totalRole, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    int m_totalRole;
};

} // namespace ardesk
