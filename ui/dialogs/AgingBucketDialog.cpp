#include "dialogs/AgingBucketDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "jobs/DashboardLoader.h"
#include "models/AgingDetailModel.h"
#include "models/LocaleSortProxyModel.h"
#include "text/AgingLabels.h"
#include "text/NumberFormat.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AgingBucketDialog::AgingBucketDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new AgingDetailModel(this))
    , m_proxy(new LocaleSortProxyModel(AgingDetailModel::SortRole, this))
    , m_summaryLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
{
    setObjectName(u"agingBucketDialog"_s);
    m_summaryLabel->setObjectName(u"bucketSummaryLabel"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_tableView->setObjectName(u"bucketTableView"_s);
    m_tableView->setAccessibleName(tr("Open items"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AgingDetailModel::Customer, QHeaderView::Stretch);
    // Most overdue first: the ones to chase.
    columns->setSortIndicator(AgingDetailModel::DaysOverdue, Qt::DescendingOrder);
    m_tableView->setSortingEnabled(true);
    // The dashboard's drill-down is read without the hand-overs to agencies: no notes to show.
    m_tableView->setColumnHidden(AgingDetailModel::Note, true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"bucketButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tableView);
    layout->addWidget(buttons);

    resize(760, 420);
}

void AgingBucketDialog::setRows(const AgingBucketRows& rows)
{
    const QLocale locale;
    const QString bucket = AgingLabels::bucket(rows.buckets, rows.bucket);
    const QString date = locale.toString(rows.asOf, QLocale::ShortFormat);
    setWindowTitle(rows.bucket == 0 ? tr("Current Invoices as of %1").arg(date)
                                    : tr("Invoices %1 Days Overdue as of %2").arg(bucket, date));
    m_model->setRows(rows.rows);

    qint64 total = 0;
    for (const AgingDetailRow& row : rows.rows)
        total += row.openMinor;
    if (rows.rows.isEmpty()) {
        m_summaryLabel->setText(tr("No open invoices in this bucket."));
    } else {
        m_summaryLabel->setText(
            tr("Invoices: %1 · Open: %2")
                .arg(locale.toString(rows.rows.size()),
                     NumberFormat::money(total, rows.rows.first().currency, locale)));
    }
}

} // namespace ardesk
