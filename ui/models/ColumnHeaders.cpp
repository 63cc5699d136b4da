#include "models/ColumnHeaders.h"

#include <QAbstractItemModel>

namespace ardesk {

QVariant columnAlignment(bool numeric)
{
    return QVariant((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

QVariant columnHeaderData(const QAbstractItemModel& model, int section, Qt::Orientation orientation,
                          int role, bool numeric, const std::function<QString(int)>& title)
{
    if (orientation != Qt::Horizontal || section < 0 || section >= model.columnCount())
        return model.QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(numeric);
    if (role != Qt::DisplayRole)
        return QVariant();
    return title(section);
}

} // namespace ardesk
