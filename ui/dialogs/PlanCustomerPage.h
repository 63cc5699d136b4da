#pragma once

#include <optional>

#include <QDate>
#include <QStringList>
#include <QWizardPage>

#include "domain/Clock.h"
#include "domain/Customer.h"
#include "plans/PlanReport.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace ardesk {

class CustomerListModel;
class LedgerSession;

// The plan wizard's first page: the customer (searched in the lazily read customer list) and
// which of its open invoices the plan takes over — all of them, or those ticked — with the
// amount that comes to on the plan's date.
class PlanCustomerPage : public QWizardPage {
    Q_OBJECT

public:
    PlanCustomerPage(LedgerSession& session, QWidget* parent = nullptr);

    // Picks the customer and ticks these invoices, as when started from the invoice list.
    void preselect(const QString& customerCode, const QStringList& invoiceNumbers);
    // The date the invoices' open amounts are read at; rereads them.
    void setPlanDate(QDate date);

    const std::optional<Customer>& customer() const { return m_customer; }
    bool allOpen() const;
    QStringList invoiceNumbers() const; // ticked, when not allOpen()
    qint64 coveredMinor() const;
    // The request for this customer and these invoices with the given terms.
    PlanRequest request(const PlanScheduleRequest& schedule) const;

    bool isComplete() const override;

private:
    void applySearch();
    // Selects the customer and ticks the invoices preselect() was given.
    void select(const QString& customerCode, const QStringList& invoiceNumbers);
    void selectCustomer();
    void loadInvoices();
    void updateCover();

    LedgerSession& m_session;
    CustomerListModel* m_customerModel;
    QStandardItemModel* m_invoiceModel;
    QLineEdit* m_searchLineEdit;
    QTableView* m_customersTableView;
    QCheckBox* m_allOpenCheckBox;
    QTableView* m_invoicesTableView;
    QLabel* m_coverLabel;
    QTimer* m_searchTimer;
    std::optional<Customer> m_customer;
    QList<CoverableInvoice> m_invoices;
    QDate m_planDate = Clock::today();
    bool m_loading = false; // while the invoice table is refilled
};

} // namespace ardesk
