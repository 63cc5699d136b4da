#pragma once

#include "domain/Credit.h"
#include "views/LedgerPage.h"

class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

class CreditListModel;
class EmptyListLabel;

// The payments, or the credit notes, of the ledger: an "unapplied only" filter and a search
// field over a lazily loaded, database-sorted table. One class for both kinds, which differ
// only in words and in the method column.
class CreditsPage : public LedgerPage {
    Q_OBJECT

public:
    // As on the other lists: one query per pause in typing, not one per key.
    static constexpr int searchDelayMs = 250;

    explicit CreditsPage(Credit::Kind kind, QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    // Keeps the filter, search, order, scroll position and selection; selects a saved payment
    // or credit note of the page's kind.
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    // While the list is counted or pages of it are read.
    bool isBusy() const override;

    Credit::Kind kind() const { return m_kind; }
    CreditListModel* model() const { return m_model; }
    // Reads the list and its total again, keeping what the user set up: ledgerEdited() with
    // nothing saved.
    void refresh();
    // Moves the keyboard focus to the search field, with its text selected.
    bool focusSearch() override;
    // The code of the one row selected; empty when none or several are.
    QString selectedCode() const;

Q_SIGNALS:
    // A double-click or Enter on a row: open its allocation for correction.
    void creditActivated(const QString& code);

private:
    void applyFilter();
    void updateEmptyState();
    void countTotal();

    Credit::Kind m_kind;
    LedgerSession* m_session = nullptr;
    CreditListModel* m_model;
    QComboBox* m_filterComboBox;
    QLineEdit* m_searchLineEdit;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QTimer* m_searchTimer;
    qint64 m_totalCount = 0;
};

} // namespace ardesk
