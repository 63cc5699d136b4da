#include "views/LedgerPage.h"

#include <utility>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include "models/PagedListModel.h"
#include "text/ErrorMessages.h"
#include "widgets/MessageBoxes.h"

namespace ardesk {

void LedgerPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    setSession(session);
}

void LedgerPage::showReadError(const QString& title, const Error& error)
{
    if (m_readErrorShown)
        return;
    m_readErrorShown = true;
    MessageBoxes::warning(this, title, ErrorMessages::readLedger(error), error.detail);
    m_readErrorShown = false;
}

void LedgerPage::readWhenShown(std::function<void()> read)
{
    m_pendingRead = nullptr;
    // Only a page behind another one of a window on screen waits; a page on its own, or in a
    // window not shown (printing, screenshots), reads now.
    if (isVisible() || !window()->isVisible())
        read();
    else
        m_pendingRead = std::move(read);
}

void LedgerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_pendingRead)
        std::exchange(m_pendingRead, nullptr)();
}

void LedgerPage::updateStatus()
{
    Q_EMIT statusTextChanged(statusText());
}

void LedgerPage::followPagedList(PagedListModel* model,
                                 const std::function<void()>& updateEmptyState,
                                 const std::function<QString()>& readErrorTitle)
{
    connect(model, &QAbstractItemModel::modelReset, this, updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateEmptyState);
    connect(model, &PagedListModel::matchingCountChanged, this, &LedgerPage::updateStatus);
    connect(model, &PagedListModel::loadingChanged, this, [this] { Q_EMIT busyChanged(isBusy()); });
    // Queued: the model may fail in the middle of a view's layout or scroll, which is no place
    // for a modal dialog.
    connect(
        model, &PagedListModel::readFailed, this,
        [this, readErrorTitle](const Error& error) { showReadError(readErrorTitle(), error); },
        Qt::QueuedConnection);
}

void LedgerPage::layOutFilteredList(QLabel* heading, QLabel* filterLabel, QComboBox* filter,
                                    QLineEdit* search, const QList<QWidget*>& actions,
                                    QTableView* table)
{
    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(heading);
    topLayout->addStretch();
    topLayout->addWidget(filterLabel);
    topLayout->addWidget(filter);
    topLayout->addSpacing(12);
    topLayout->addWidget(search);
    for (QWidget* action : actions) {
        topLayout->addSpacing(12);
        topLayout->addWidget(action);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addWidget(table);

    setFocusProxy(table);
    QWidget* previous = filter;
    for (QWidget* next : QList<QWidget*>{search} + actions + QList<QWidget*>{table}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

} // namespace ardesk
