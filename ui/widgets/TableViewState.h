#pragma once

#include <optional>

#include <QList>
#include <QPointer>

class QTableView;

namespace ardesk {

// What the user set up in a table that reading its list again would lose: how far it is
// scrolled, and which rows are selected and current, told apart by an id (`idRole` of the
// first column, a qint64). Taken before the model resets; put back after. Rows are looked for
// only near where the user was (on screen, selected), which is what a lazily read list reads
// again along with its count.
class TableViewState {
public:
    TableViewState(QTableView* view, int idRole);

    // Restores the state in the view's model as it is now. With `select`, that row (say, the
    // document just saved) becomes the one selected and is scrolled into view, when the list
    // has it within a couple of pages of where the user was.
    void restore(std::optional<qint64> select = std::nullopt) const;

private:
    QPointer<QTableView> m_view;
    int m_idRole;
    // The rows on screen and selected when the state was taken.
    int m_firstRow = 0;
    int m_lastRow = -1;
    int m_verticalScroll = 0;
    int m_horizontalScroll = 0;
    QList<qint64> m_selectedIds;
    std::optional<qint64> m_currentId;
};

} // namespace ardesk
