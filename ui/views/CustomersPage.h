#pragma once

#include <optional>

#include "domain/Customer.h"
#include "views/LedgerPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ardesk {

class EmptyListLabel;
class ExportRunner;
class ForesightLoader;

class CustomerListModel;
class TableViewState;
struct Error;

// The customer list: a filter (all, with a balance, overdue, on hold, over the credit limit) and
// a search field over a lazily loaded, database-sorted table of customers with their balances
// as of today. New
// Customer… (Ctrl+Shift+N or Insert) adds one, Edit… (F2) edits the selected one, and Enter or
// a double click opens its account (CustomerDetailDialog). Export… saves the whole list to a file.
class CustomersPage : public LedgerPage {
    Q_OBJECT

public:
    // Typing pauses this long before the list is filtered, so that a fast typist causes one
    // query rather than one per key.
    static constexpr int searchDelayMs = 250;

    explicit CustomersPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    // While the risk grades are read.
    bool isBusy() const override;

    CustomerListModel* model() const { return m_model; }
    // Moves the keyboard focus to the search field, with its text selected.
    bool focusSearch() override;

    void newCustomer();
    void editSelectedCustomer();
    void openSelectedCustomer();
    // Asks for a file and writes every customer (whatever the filter and search) with their
    // balance, overdue amount and oldest due date today: CSV, or an Excel workbook for a name
    // ending in .xlsx. Written off the GUI thread by exportRunner().
    void exportCustomers();
    ExportRunner* exportRunner() const { return m_exportRunner; }

private:
    void setUpFilter();
    void setUpTable();
    void setUpCommands();
    void layOut();
    std::optional<Customer> selectedCustomer() const;
    void updateButtons();
    void applyFilter();
    // Reads the list again with the search and filter shown, then puts `state` back and
    // selects the customer `select`, if given.
    void reread(const TableViewState& state, std::optional<qint64> select = std::nullopt);
    void updateEmptyState();
    // Shows the risk grades just read and gives their scores to the Risk order.
    void showRisks();

    LedgerSession* m_session = nullptr;
    CustomerListModel* m_model;
    ForesightLoader* m_foresight;
    QComboBox* m_filterComboBox;
    QLineEdit* m_searchLineEdit;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_openButton;
    QPushButton* m_exportButton;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QTimer* m_searchTimer;
    ExportRunner* m_exportRunner;
    qint64 m_totalCount = 0;
};

} // namespace ardesk
