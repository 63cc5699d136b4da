#include "widgets/TableViewState.h"

#include <algorithm>

#include <QItemSelection>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

namespace ardesk {

namespace {

// How far past the rows the user had loaded a saved row is looked for: a few pages of a lazily
// read list, so that a document sorted to the far end of a million rows costs nothing.
constexpr int searchAheadRows = 1000;

} // namespace

TableViewState::TableViewState(QTableView* view, int idRole)
    : m_view(view)
    , m_idRole(idRole)
{
    const QAbstractItemModel* model = view->model();
    m_rowCount = model->rowCount();
    m_verticalScroll = view->verticalScrollBar()->value();
    m_horizontalScroll = view->horizontalScrollBar()->value();
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    for (const QModelIndex& row : selected)
        m_selectedIds.append(row.data(m_idRole).toLongLong());
    if (const QModelIndex current = view->currentIndex(); current.isValid())
        m_currentId = model->index(current.row(), 0).data(m_idRole).toLongLong();
}

int TableViewState::findRow(qint64 id, int maxRows) const
{
    QAbstractItemModel* model = m_view->model();
    int row = 0;
    while (true) {
        for (; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(m_idRole).toLongLong() == id)
                return row;
        }
        if (row >= maxRows || !model->canFetchMore(QModelIndex()))
            return -1;
        model->fetchMore(QModelIndex());
        if (model->rowCount() == row)
            return -1;
    }
}

void TableViewState::restore(std::optional<qint64> select) const
{
    if (!m_view)
        return;
    QAbstractItemModel* model = m_view->model();
    while (model->rowCount() < m_rowCount && model->canFetchMore(QModelIndex())) {
        const int before = model->rowCount();
        model->fetchMore(QModelIndex());
        if (model->rowCount() == before)
            break;
    }
    // The scroll bars learn the new row count in the view's next layout: lay out now, so that
    // the old position is within range.
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(m_verticalScroll);
    m_view->horizontalScrollBar()->setValue(m_horizontalScroll);

    QItemSelectionModel* selection = m_view->selectionModel();
    if (select) {
        const int row = findRow(*select, std::max(m_rowCount, model->rowCount()) + searchAheadRows);
        if (row >= 0) {
            selection->setCurrentIndex(model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(model->index(row, 0));
            return;
        }
    }
    QItemSelection restored;
    std::optional<int> currentRow;
    for (int row = 0; row < model->rowCount(); ++row) {
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
