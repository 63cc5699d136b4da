#pragma once

#include <QStringList>

#include "views/LedgerPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ardesk {

class EmptyListLabel;
class PlanListModel;

// The installment plans as of today: filtered by status, searched by customer, sorted by any
// column. New Plan… starts the plan wizard (the main window's Ctrl+Shift+L too); Enter or a
// double click opens a plan.
class PlansPage : public LedgerPage {
    Q_OBJECT

public:
    explicit PlansPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    // Keeps the status filter, search, order, scroll position and selection.
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;

    PlanListModel* model() const { return m_model; }

    // Reads the plans again as of today.
    void reload();
    // Starts the plan wizard, with this customer's invoices ticked when given.
    void newPlan(const QString& customerCode = QString(),
                 const QStringList& invoiceNumbers = QStringList());
    void openPlan(const QModelIndex& index);

private:
    void applyFilter();
    void updateEmptyState();

    LedgerSession* m_session = nullptr;
    PlanListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_statusComboBox;
    QLineEdit* m_searchLineEdit;
    QPushButton* m_newPlanButton;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
};

} // namespace ardesk
