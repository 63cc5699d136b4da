#include "widgets/TableViewStyle.h"

#include <algorithm>

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>

#include "models/PagedListModel.h"

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

void resizeColumnAtLeast(QTableView* view, int column, int width)
{
    QHeaderView* columns = view->horizontalHeader();
    columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));
}

void growColumnToContents(QTableView* view, int column, int maxChars)
{
    QAbstractItemModel* model = view->model();
    const auto* paged = qobject_cast<const PagedListModel*>(model);
    const auto grow = [view, model, paged, column, maxChars](int first, int last) {
        const QFontMetrics metrics = view->fontMetrics();
        int widest = 0;
        for (int row = first; row <= last; ++row) {
            // Only rows read so far: asking for the others would read the whole list.
            if (paged && !paged->hasRow(row)) {
                row += paged->pageSize() - 1 - row % paged->pageSize();
                continue;
            }
            widest = std::max(
                widest, metrics.horizontalAdvance(model->index(row, column).data().toString()));
        }
        // Two characters of room for the cell's margins.
        const int wanted = std::min(widest + 2 * metrics.averageCharWidth(),
                                    maxChars * metrics.averageCharWidth());
        QHeaderView* columns = view->horizontalHeader();
        if (wanted > columns->sectionSize(column))
            columns->resizeSection(column, wanted);
    };
    // A page of rows at a time, inserted or filled in: the cost is that of the rows read, never
    // of the whole list.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
                     [grow](const QModelIndex& parent, int first, int last) {
                         if (!parent.isValid())
                             grow(first, last);
                     });
    QObject::connect(model, &QAbstractItemModel::dataChanged, view,
                     [grow, column](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                         if (topLeft.column() <= column && column <= bottomRight.column())
                             grow(topLeft.row(), bottomRight.row());
                     });
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [grow, model] { grow(0, model->rowCount() - 1); });
    grow(0, model->rowCount() - 1);
}

int dateColumnWidth(const QTableView* view)
{
    const QFontMetrics metrics = view->fontMetrics();
    return metrics.horizontalAdvance(
               QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) +
           metrics.averageCharWidth() * 3;
}

void showSortIndicator(QTableView* view, int column, Qt::SortOrder order)
{
    QHeaderView* columns = view->horizontalHeader();
    const QSignalBlocker blocker(columns);
    columns->setSortIndicator(column, order);
}

} // namespace ardesk
