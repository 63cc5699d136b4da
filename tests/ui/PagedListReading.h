#pragma once

#include <QAbstractItemView>
#include <QStringList>
#include <QTest>

#include "models/PagedListModel.h"

namespace ardesk::test {

// Counting and page reads run on worker threads: tests wait for them on the event loop.
constexpr int listReadTimeoutMs = 10'000;

// Waits until the count of the model's query (with its first page) has arrived.
[[nodiscard]] inline bool waitForCount(const PagedListModel& model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, listReadTimeoutMs);
}

// Waits until the list `view` shows has read its count, when it is read in the background.
[[nodiscard]] inline bool waitForList(const QAbstractItemView* view)
{
    const auto* model = qobject_cast<const PagedListModel*>(view->model());
    return !model || waitForCount(*model);
}

// Waits until `row` has arrived, asking for it as a view would.
[[nodiscard]] inline bool waitForRow(const PagedListModel& model, int row)
{
    if (model.hasRow(row))
        return true;
    model.index(row, 0).data();
    return QTest::qWaitFor([&model, row] { return model.hasRow(row); }, listReadTimeoutMs);
}

// Every row's `column` (`role`) of the current query, page after page as a view scrolling
// down would read them.
inline QStringList readColumn(const PagedListModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!waitForRow(model, row))
            break;
        values.append(model.index(row, column).data(role).toString());
    }
    return values;
}

} // namespace ardesk::test
