#include "common/TableViewStyle.h"

#include <QHeaderView>
#include <QTableView>

namespace ardesk {

void applyTableViewStyle(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
}

void applyPagedListStyle(QTableView* view, int sortColumn, Qt::SortOrder order)
{
    applyTableViewStyle(view);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setCornerButtonEnabled(false);
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* columns = view->horizontalHeader();
    columns->setSectionsMovable(true);
    // Set before sorting is enabled, which sorts at once by the indicator (Qt's default is the
    // first column, descending).
    columns->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(true);
}

} // namespace ardesk
