#include "models/InstallmentModel.h"

#include <algorithm>
#include <climits>

#include <QLocale>

#include "domain/Money.h"
#include "models/ColumnHeaders.h"
#include "models/PlanScheduleModel.h"

namespace ardesk {

InstallmentModel::InstallmentModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InstallmentModel::setInstallments(const QList<InstallmentRow>& installments,
                                       CurrencyCode currency)
{
    beginResetModel();
    m_installments = installments;
    m_currency = currency;
    endResetModel();
}

QString InstallmentModel::statusText(InstallmentStatus status)
{
    switch (status) {
    case InstallmentStatus::Paid:
        return tr("Paid", "installment status");
    case InstallmentStatus::Partial:
        return tr("Partly paid");
    case InstallmentStatus::Overdue:
        return tr("Overdue");
    case InstallmentStatus::Due:
        return tr("Due", "installment status: not yet due");
    case InstallmentStatus::Rescheduled:
        return tr("Rescheduled");
    case InstallmentStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

int InstallmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_installments.size());
}

int InstallmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InstallmentModel::isNumeric(int column)
{
    return column == Number || column == Amount || column == Paid || column == Open;
}

QVariant InstallmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InstallmentRow& row = m_installments.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(isNumeric(index.column()));
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return PlanScheduleModel::numberText(row.number);
    case DueDate:
        return locale.toString(row.dueDate, QLocale::ShortFormat);
    case Amount:
        return Money(row.amountMinor, *m_currency).toLocalizedString(locale);
    case Paid:
        return Money(row.paidMinor, *m_currency).toLocalizedString(locale);
    case Open:
        return Money(row.openMinor, *m_currency).toLocalizedString(locale);
    case Status:
        if (row.status == InstallmentStatus::Partial && row.daysOverdue > 0)
            return tr("Partly paid, %n day(s) overdue", nullptr,
                      static_cast<int>(std::min<qint64>(row.daysOverdue, INT_MAX)));
        return statusText(row.status);
    default:
        return QVariant();
    }
}

QVariant InstallmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &InstallmentModel::columnTitle);
}

QString InstallmentModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("No.");
    case DueDate:
        return tr("Due", "column: due date");
    case Amount:
        return tr("Amount");
    case Paid:
        return tr("Paid", "column: amount paid");
    case Open:
        return tr("Open");
    case Status:
        return tr("Status");
    }
    return QString();
}

} // namespace ardesk
