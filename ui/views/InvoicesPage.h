#pragma once

#include "views/LedgerPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

class EmptyListLabel;
class ForesightLoader;
class InvoiceListModel;
struct Error;
struct InvoiceListQuery;
struct InvoiceListRow;

// The invoice list: a status filter and a search field over a lazily loaded, database-sorted
// table.
class InvoicesPage : public LedgerPage {
    Q_OBJECT

public:
    // As on the Customers page: one query per pause in typing, not one per key.
    static constexpr int searchDelayMs = 250;

    explicit InvoicesPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    // While the predicted pay dates are read.
    bool isBusy() const override;

    InvoiceListModel* model() const { return m_model; }
    // The selected invoices, in list order (New Plan starts with them).
    QList<InvoiceListRow> selectedInvoices() const;
    // Moves the keyboard focus to the search field, with its text selected.
    bool focusSearch() override;

Q_SIGNALS:
    // A double-click or Enter on an invoice row: open it for correction.
    void invoiceActivated(const QString& number);

private:
    // The query the search field and the status filter ask for, as of today.
    InvoiceListQuery currentQuery() const;
    void applyFilter();
    void updateEmptyState();

    LedgerSession* m_session = nullptr;
    InvoiceListModel* m_model;
    ForesightLoader* m_foresight;
    QComboBox* m_statusComboBox;
    QLineEdit* m_searchLineEdit;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QTimer* m_searchTimer;
    qint64 m_totalCount = 0;
};

} // namespace ardesk
