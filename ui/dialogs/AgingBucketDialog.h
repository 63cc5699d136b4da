#pragma once

#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ardesk {

class AgingDetailModel;
struct AgingBucketRows;

// The open items behind one bar of the dashboard's aging chart, sortable by any column.
// Modeless: the bookkeeper can keep it open next to the dashboard.
class AgingBucketDialog : public QDialog {
    Q_OBJECT

public:
    explicit AgingBucketDialog(QWidget* parent = nullptr);

    void setRows(const AgingBucketRows& rows);
    AgingDetailModel* model() const { return m_model; }

private:
    AgingDetailModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summaryLabel;
    QTableView* m_tableView;
};

} // namespace ardesk
