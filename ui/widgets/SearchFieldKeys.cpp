#include "widgets/SearchFieldKeys.h"

#include <algorithm>

#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include "models/PagedListModel.h"

namespace ardesk {

SearchFieldKeys::SearchFieldKeys(QLineEdit* field, QTableView* results, QTimer* typingDelay,
                                 std::function<void()> apply)
    : QObject(field)
    , m_field(field)
    , m_results(results)
    , m_typingDelay(typingDelay)
    , m_apply(std::move(apply))
{
    field->installEventFilter(this);
}

void SearchFieldKeys::selectCurrentRow()
{
    // Focusing the view makes the first row current but leaves it unselected.
    if (!m_results->selectionModel()->hasSelection() && m_results->model()->rowCount() > 0)
        m_results->selectRow(std::max(m_results->currentIndex().row(), 0));
}

bool SearchFieldKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
        if (m_typingDelay->isActive())
            m_apply();
        m_results->setFocus(Qt::TabFocusReason);
        // A list read in the background shows the results of the search just applied later.
        if (auto* list = qobject_cast<PagedListModel*>(m_results->model()))
            list->whenLoaded(this, [this] { selectCurrentRow(); });
        else
            selectCurrentRow();
        return true;
    }
    if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
        m_field->clear();
        m_apply();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ardesk
