#include "views/PlansPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include "dialogs/PlanDialog.h"
#include "dialogs/PlanWizard.h"
#include "domain/Clock.h"
#include "models/LocaleSortProxyModel.h"
#include "models/PlanListModel.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/PageHeading.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewState.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PlansPage::PlansPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new PlanListModel(this))
    , m_proxy(new LocaleSortProxyModel(PlanListModel::SortRole, this))
    , m_statusComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_newPlanButton(new QPushButton(tr("&New Plan…"), this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
{
    setObjectName(u"plansPage"_s);

    QLabel* headingLabel = createPageHeading(tr("Installment Plans"), u"plansHeadingLabel"_s, this);

    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusComboBox);
    m_statusComboBox->setObjectName(u"statusFilterComboBox"_s);
    m_statusComboBox->setAccessibleName(tr("Status filter"));
    m_statusComboBox->addItem(tr("All"), -1);
    for (const PlanStatus status :
         {PlanStatus::Active, PlanStatus::Completed, PlanStatus::Defaulted, PlanStatus::Rescheduled,
          PlanStatus::Cancelled})
        m_statusComboBox->addItem(PlanListModel::statusText(status), static_cast<int>(status));

    m_searchLineEdit->setObjectName(u"planSearchLineEdit"_s);
    m_searchLineEdit->setAccessibleName(tr("Search plans"));
    m_searchLineEdit->setPlaceholderText(tr("Search by customer"));
    // The plans are in memory: every key filters at once, so the typing delay never runs.
    setUpSearchField(m_searchLineEdit, m_tableView, new QTimer(this), 0, 32,
                     [this] { applyFilter(); });
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &PlansPage::applyFilter);

    m_newPlanButton->setObjectName(u"newPlanButton"_s);
    m_newPlanButton->setToolTip(tr("Put a customer's open invoices on an installment plan"));
    connect(m_newPlanButton, &QPushButton::clicked, this, [this] { newPlan(); });

    m_proxy->setSourceModel(m_model);
    m_tableView->setObjectName(u"plansTableView"_s);
    m_tableView->setAccessibleName(tr("Installment plans"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(PlanListModel::Number, Qt::DescendingOrder);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionsMovable(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    columns->resizeSection(PlanListModel::Number, charWidth * 8);
    for (const int column : {PlanListModel::Total, PlanListModel::Paid, PlanListModel::Open})
        columns->resizeSection(column, charWidth * 17);
    columns->setSectionResizeMode(PlanListModel::Customer, QHeaderView::Stretch);
    connect(m_tableView, &QTableView::activated, this, &PlansPage::openPlan);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansPage::updateEmptyState);

    layOutFilteredList(headingLabel, statusLabel, m_statusComboBox, m_searchLineEdit,
                       {m_newPlanButton}, m_tableView);
}

QString PlansPage::pageId() const
{
    return u"plans"_s;
}

QString PlansPage::title() const
{
    return tr("Plans");
}

void PlansPage::setSession(LedgerSession* session)
{
    m_session = session;
    {
        const QSignalBlocker searchBlocker(m_searchLineEdit);
        const QSignalBlocker statusBlocker(m_statusComboBox);
        m_searchLineEdit->clear();
        m_statusComboBox->setCurrentIndex(0);
    }
    m_model->setFilter(std::nullopt, QString());
    m_newPlanButton->setEnabled(session != nullptr);
    readWhenShown([this] { reload(); });
}

void PlansPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    const TableViewState state(m_tableView, PlanListModel::PlanIdRole);
    readWhenShown([this, state] {
        reload();
        state.restore();
    });
}

void PlansPage::reload()
{
    QList<PlanView> plans;
    if (m_session) {
        // "Overdue" and "defaulted" mean as of today, also in a window left open overnight.
        const auto listed = m_session->plans().list(Clock::today());
        if (listed)
            plans = *listed;
        else
            showReadError(tr("Cannot Read Plans"), listed.error());
    }
    m_model->setPlans(plans);
    updateStatus();
}

QString PlansPage::statusText() const
{
    if (!m_session)
        return QString();
    const QLocale locale;
    if (m_model->rowCount() == m_model->planCount())
        return tr("Plans: %1").arg(locale.toString(m_model->planCount()));
    return tr("Plans: %1 of %2")
        .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->planCount()));
}

void PlansPage::applyFilter()
{
    const int status = m_statusComboBox->currentData().toInt();
    m_model->setFilter(status < 0 ? std::nullopt
                                  : std::optional<PlanStatus>(static_cast<PlanStatus>(status)),
                       m_searchLineEdit->text().trimmed());
    updateStatus();
}

void PlansPage::newPlan(const QString& customerCode, const QStringList& invoiceNumbers)
{
    if (!m_session)
        return;
    PlanWizard wizard(*m_session, this);
    if (!customerCode.isEmpty())
        wizard.preselect(customerCode, invoiceNumbers);
    if (wizard.exec() != QDialog::Accepted || !wizard.createdPlan())
        return;
    reload();
    // Show the new plan: the filter could hide it.
    m_searchLineEdit->clear();
    m_statusComboBox->setCurrentIndex(0);
    const QModelIndexList found =
        m_proxy->match(m_proxy->index(0, PlanListModel::Number), PlanListModel::PlanIdRole,
                       wizard.createdPlan()->plan.id.value, 1, Qt::MatchExactly);
    if (!found.isEmpty())
        m_tableView->selectRow(found.first().row());
}

void PlansPage::openPlan(const QModelIndex& index)
{
    if (!m_session || !index.isValid())
        return;
    const PlanId plan{index.data(PlanListModel::PlanIdRole).toLongLong()};
    PlanDialog dialog(m_session->plans(), plan, this);
    if (!dialog.hasPlan())
        return;
    dialog.exec();
    if (dialog.changedLedger())
        reload();
}

void PlansPage::updateEmptyState()
{
    if (!m_session || m_model->rowCount() > 0) {
        m_emptyLabel->hide();
        return;
    }
    if (m_model->planCount() == 0)
        m_emptyLabel->showMessage(
            tr("This ledger has no installment plans yet.\nClick New Plan… to start one."));
    else
        m_emptyLabel->showMessage(tr("No plan matches the status and search."));
}

} // namespace ardesk
