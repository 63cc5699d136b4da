#pragma once

#include <functional>

#include <QString>
#include <QVariant>

class QAbstractItemModel;

namespace ardesk {

// Where a column's cells and header sit: amounts, counts and numbers right, so that their
// digits line up; text left. Both centred vertically.
QVariant columnAlignment(bool numeric);

// The headerData() of a table with a fixed set of titled columns: a horizontal section among
// the model's columns shows `title(section)`, aligned as its cells (columnAlignment(numeric));
// other roles give nothing. Vertical headers and sections out of range are left to
// QAbstractItemModel.
QVariant columnHeaderData(const QAbstractItemModel& model, int section, Qt::Orientation orientation,
                          int role, bool numeric, const std::function<QString(int)>& title);

} // namespace ardesk
