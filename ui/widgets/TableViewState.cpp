#include "widgets/TableViewState.h"

#include <algorithm>

#include <QItemSelection>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

namespace ardesk {

namespace {

// How far from where the user was a saved row is looked for: a couple of pages of a lazily
// read list, which reads the pages in view again with the list (PagedListModel::refresh), so
// that a document sorted to the far end of a million rows costs nothing.
constexpr int searchAroundRows = 400;

} // namespace

TableViewState::TableViewState(QTableView* view, int idRole)
    : m_view(view)
    , m_idRole(idRole)
{
    const QAbstractItemModel* model = view->model();
    m_verticalScroll = view->verticalScrollBar()->value();
    m_horizontalScroll = view->horizontalScrollBar()->value();
    const int top = view->rowAt(0);
    const int bottom = view->rowAt(view->viewport()->height() - 1);
    m_firstRow = top >= 0 ? top : 0;
    // A view not laid out (a page behind another) has no bottom row: the top one stands in.
    m_lastRow = bottom >= 0 ? bottom : m_firstRow;
    const auto around = [this](int row) {
        m_firstRow = std::min(m_firstRow, row);
        m_lastRow = std::max(m_lastRow, row);
    };
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex& row : selected) {
        m_selectedIds.append(row.data(m_idRole).toLongLong());
        around(row.row());
    }
    if (const QModelIndex current = view->currentIndex(); current.isValid()) {
        m_currentId = model->index(current.row(), 0).data(m_idRole).toLongLong();
        around(current.row());
    }
}

void TableViewState::restore(std::optional<qint64> select) const
{
    if (!m_view)
        return;
    QAbstractItemModel* model = m_view->model();
    // The scroll bars learn the new row count in the view's next layout: lay out now, so that
    // the old position is within range.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(m_verticalScroll);
    m_view->horizontalScrollBar()->setValue(m_horizontalScroll);

    const int first = std::max(0, m_firstRow - searchAroundRows);
    const int last = std::min(model->rowCount() - 1, m_lastRow + searchAroundRows);
    QItemSelectionModel* selection = m_view->selectionModel();
    if (select) {
        for (int row = first; row <= last; ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(m_idRole).toLongLong() == *select) {
                selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
                m_view->scrollTo(index);
                return;
            }
        }
    }
    QItemSelection restored;
    std::optional<int> currentRow;
    for (int row = first; row <= last; ++row) {
        const qint64 id = model->index(row, 0).data(m_idRole).toLongLong();
        if (m_selectedIds.contains(id))
            restored.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
        if (m_currentId == id)
            currentRow = row;
    }
    if (currentRow)
        selection->setCurrentIndex(model->index(*currentRow, 0), QItemSelectionModel::NoUpdate);
    selection->select(restored, QItemSelectionModel::ClearAndSelect);
}

} // namespace ardesk
