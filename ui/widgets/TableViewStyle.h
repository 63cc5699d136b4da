#pragma once

#include <QHeaderView>
#include <QTableView>
#include <Qt>

namespace ardesk {

// The house look of every list: whole rows selected, alternating rows, no grid, no row
// numbers, no word wrap. Tab leaves the table for the next control (the arrow keys move inside
// it), as keyboard users expect of a form.
void applyTableViewStyle(QTableView* view);

// The house look plus what a list read a page at a time and sorted by the database needs:
// fixed row heights (the view never measures a million rows), movable columns, and sorting
// by the header, whose arrow starts on the model's own order.
void applyPagedListStyle(QTableView* view, int sortColumn, Qt::SortOrder order);

// Makes `column` `width` pixels wide, or wider where its (translated) header needs it.
void resizeColumnAtLeast(QTableView* view, int column, int width);

// Widens `column` as rows arrive until its widest text shows whole, up to `maxChars` average
// characters; never narrows it, so a column the user widened stays. Codes and numbers of other
// programs' ledgers ("CUST-000104332-DE") are longer than the room a new ledger's need. Call
// after the view has its model.
void growColumnToContents(QTableView* view, int column, int maxChars);

// Room for a date as the locale writes it ("28 Dec 2026" is about the widest), with padding,
// so that no date is ever cut short.
int dateColumnWidth(const QTableView* view);

// Puts the header's sort arrow on `column` without asking the model to sort again.
void showSortIndicator(QTableView* view, int column, Qt::SortOrder order);

// A click on a column the database cannot sort by leaves the list in its order; this puts the
// arrow back where that order really is. `Model` has static isSortable(column), sortColumn()
// and sortOrder(); `model` must live as long as the view.
template <typename Model>
void keepSortIndicatorOnSortableColumns(QTableView* view, const Model* model)
{
    QObject::connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, view,
                     [view, model](int section) {
                         if (!Model::isSortable(section))
                             showSortIndicator(view, model->sortColumn(), model->sortOrder());
                     });
}

} // namespace ardesk
