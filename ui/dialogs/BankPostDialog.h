#pragma once

#include <optional>

#include <QDialog>

#include "cashapp/BankMatch.h"

class QDialogButtonBox;
class QLabel;
class QTableView;

namespace ardesk {

class CustomerPicker;
class LedgerSession;
class OpenItemChoiceModel;

// Posts one bank line to the customer and documents the bookkeeper chooses, in place of the
// matcher's proposal: the customer (any customer billed in the receipt's currency) and, among
// its open items, the documents paid first; the rest goes by the allocation rules and what is
// left stays on the customer as unapplied credit (CashApplicationService::post, which also
// remembers the payer's account for that customer).
//
// One customer per line: splitting a receipt across customers is not offered.
class BankPostDialog : public QDialog {
    Q_OBJECT

public:
    BankPostDialog(LedgerSession& session, const BankMatch& proposal, QWidget* parent = nullptr);
    ~BankPostDialog() override;

    OpenItemChoiceModel* itemsModel() const { return m_items; }
    // What was posted, once the dialog was accepted.
    const std::optional<BankMatch>& posted() const { return m_posted; }

    void accept() override;

private:
    void customerChanged();
    void validate();

    LedgerSession& m_session;
    BankMatch m_proposal;
    OpenItemChoiceModel* m_items;
    CustomerPicker* m_customerPicker;
    QTableView* m_itemsTableView;
    QLabel* m_totalsLabel;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
    std::optional<BankMatch> m_posted;
};

} // namespace ardesk
