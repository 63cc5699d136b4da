#include "models/RecurringInvoiceModel.h"

#include <QLocale>

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

RecurringInvoiceModel::RecurringInvoiceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecurringInvoiceModel::setInvoices(const QList<RecurringInvoice>& invoices)
{
    beginResetModel();
    m_invoices = invoices;
    endResetModel();
}

int RecurringInvoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invoices.size());
}

int RecurringInvoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecurringInvoiceModel::isNumeric(int column)
{
    return column == Amount;
}

QVariant RecurringInvoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RecurringInvoice& invoice = m_invoices.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(isNumeric(index.column()));
    if (role == Qt::ToolTipRole && index.column() == Customer)
        return invoice.customerCode;
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return invoice.number;
    case Customer:
        return invoice.customerName;
    case IssueDate:
        return locale.toString(invoice.issueDate, QLocale::ShortFormat);
    case DueDate:
        return locale.toString(invoice.dueDate, QLocale::ShortFormat);
    case Amount:
        return NumberFormat::money(invoice.amount.minor(), invoice.amount.currency(), locale);
    case Description:
        return invoice.description;
    default:
        return QVariant();
    }
}

QVariant RecurringInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &RecurringInvoiceModel::columnTitle);
}

QString RecurringInvoiceModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case IssueDate:
        return tr("Issue Date");
    case DueDate:
        return tr("Due Date");
    case Amount:
        return tr("Amount");
    case Description:
        return tr("Description");
    }
    return QString();
}

} // namespace ardesk
