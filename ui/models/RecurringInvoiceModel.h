#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "recurring/RecurringService.h"

namespace ardesk {

// The invoices a recurring run would create (its preview) or created, as a table.
class RecurringInvoiceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Customer, IssueDate, DueDate, Amount, Description, ColumnCount };

    explicit RecurringInvoiceModel(QObject* parent = nullptr);

    void setInvoices(const QList<RecurringInvoice>& invoices);
    const QList<RecurringInvoice>& invoices() const { return m_invoices; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<RecurringInvoice> m_invoices;
};

} // namespace ardesk
