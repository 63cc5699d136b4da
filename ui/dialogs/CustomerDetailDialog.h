#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QDialog>
#include <QList>

#include "domain/Activity.h"
#include "domain/AgencyHandover.h"
#include "domain/Customer.h"
#include "domain/CustomerAccount.h"

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class CustomerDetailDialog;
}

namespace ardesk {

class ActivityListModel;
class AuditTrailModel;
class CorrectionListModel;
class CustomerCreditsModel;
class CustomerOpenItemsModel;
class ForesightLoader;
class JobRunner;
class LedgerSession;
class PlanListModel;
struct Error;
struct Letter;

// One customer's account: who it is, its balance, overdue amount, credit limit, hold or
// collection agency, risk grade, the Agency menu (hand over, take back, export the case file),
// and tabs: open items with their age and expected payment date, payments and credit notes
// with what is unapplied, installment plans, the activity log with the buttons that add to it,
// the corrections, and the history of who changed what (the audit trail).
// Each list shows the first `listLimit` rows, so that a customer with thousands of documents opens
// at once.
class CustomerDetailDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int listLimit = 500;

    // `today` dates new activities and ages the open items.
    CustomerDetailDialog(LedgerSession& session, CustomerId customer, QDate today,
                         QWidget* parent = nullptr);
    ~CustomerDetailDialog() override;

    // Reads the customer and its lists again.
    void reload();

Q_SIGNALS:
    // The customer or its log changed (the customer list may show it differently).
    void customerChanged(ardesk::CustomerId customer);

private:
    void showCustomer();
    // The open items' predicted pay dates and the customer's risk, once read.
    void showForesight();
    void editCustomer();
    void addActivity(ActivityKind kind);
    void resolveDispute();
    std::optional<Activity> selectedActivity() const;
    void updateActivityButtons();
    void setUpTable(QTableView* view, QSortFilterProxyModel* proxy, int sortRole);
    void readFailed(const Error& error);
    // The customer's statement as of today (StatementService), laid out as a letter.
    std::optional<Letter> composeStatement();
    void previewStatement();
    void saveStatement();
    // Hands the customer over to an agency, or takes it back (AgencyHandoverDialog).
    void changeAgency();
    // The case file for the agency (AgencyCaseFile) as a job: the PDF chosen, the CSV files
    // beside it.
    void exportCaseFile();

    std::unique_ptr<Ui::CustomerDetailDialog> m_ui;
    LedgerSession& m_session;
    CustomerId m_customerId;
    QDate m_today;
    std::optional<Customer> m_customer;
    std::optional<AgencyHandover> m_handover; // not taken back yet
    QList<AccountOpenItem> m_openItems;
    QLabel* m_nameLabel;
    CustomerOpenItemsModel* m_openItemsModel;
    CustomerCreditsModel* m_creditsModel;
    PlanListModel* m_plansModel;
    ActivityListModel* m_activityModel;
    CorrectionListModel* m_correctionModel;
    QTableView* m_correctionsTableView;
    AuditTrailModel* m_historyModel;
    QTableView* m_historyTableView;
    QSortFilterProxyModel* m_openItemsProxy;
    QSortFilterProxyModel* m_creditsProxy;
    QSortFilterProxyModel* m_plansProxy;
    QSortFilterProxyModel* m_activityProxy;
    QAction* m_handOverAction;
    QAction* m_recallAction;
    QAction* m_exportCaseFileAction;
    JobRunner* m_jobs;
    ForesightLoader* m_foresight;
};

} // namespace ardesk
