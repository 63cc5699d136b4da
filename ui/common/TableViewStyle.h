#pragma once

#include <Qt>

class QTableView;

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

// Room for a date as the locale writes it ("28 Dec 2026" is about the widest), with padding,
// so that no date is ever cut short.
int dateColumnWidth(const QTableView* view);

} // namespace ardesk
