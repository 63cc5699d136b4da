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

} // namespace ardesk
