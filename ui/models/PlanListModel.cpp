#include "models/PlanListModel.h"

#include <QLocale>

#include "domain/FoldedText.h"
#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

PlanListModel::PlanListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanListModel::setPlans(const QList<PlanView>& plans)
{
    beginResetModel();
    m_plans = plans;
    applyFilter();
    endResetModel();
}

void PlanListModel::setFilter(std::optional<PlanStatus> status, const QString& search)
{
    beginResetModel();
    m_status = status;
    m_search = search;
    applyFilter();
    endResetModel();
}

void PlanListModel::applyFilter()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        const PlanView& plan = m_plans.at(i);
        if (m_status && plan.status != *m_status)
            continue;
        // Case and accents aside: "muller" finds "Müller".
        if (!FoldedText::contains(plan.plan.customerName, m_search) &&
            !FoldedText::contains(plan.plan.customerCode, m_search))
            continue;
        m_rows.append(i);
    }
}

std::optional<PlanView> PlanListModel::planAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_plans.at(m_rows.at(row));
}

QString PlanListModel::statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Active:
        return tr("Active");
    case PlanStatus::Completed:
        return tr("Completed");
    case PlanStatus::Defaulted:
        return tr("Defaulted");
    case PlanStatus::Rescheduled:
        return tr("Rescheduled");
    case PlanStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QDate PlanListModel::nextDue(const PlanView& plan)
{
    for (const InstallmentRow& installment : plan.installments) {
        if (installment.openMinor > 0)
            return installment.dueDate;
    }
    return QDate();
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PlanListModel::isNumeric(int column)
{
    return column == Number || column == Total || column == Paid || column == Open;
}

QVariant PlanListModel::displayData(const PlanView& plan, int column) const
{
    const QLocale locale;
    switch (column) {
    case Number:
        return locale.toString(plan.plan.id.value);
    case Customer:
        return plan.plan.customerName;
    case Date:
        return locale.toString(plan.plan.date, QLocale::ShortFormat);
    case Total:
        return NumberFormat::money(plan.totalMinor, plan.plan.currency, locale);
    case Paid:
        return NumberFormat::money(plan.totalMinor - plan.openMinor, plan.plan.currency, locale);
    case Open:
        // Settled and ended plans show nothing rather than a column of zeros.
        return plan.openMinor == 0
                   ? QString()
                   : NumberFormat::money(plan.openMinor, plan.plan.currency, locale);
    case NextDue:
        return locale.toString(nextDue(plan), QLocale::ShortFormat);
    case Status:
        return statusText(plan.status);
    default:
        return QVariant();
    }
}

QVariant PlanListModel::sortData(const PlanView& plan, int column) const
{
    switch (column) {
    case Number:
        return plan.plan.id.value;
    case Date:
        return plan.plan.date;
    case Total:
        return plan.totalMinor;
    case Paid:
        return plan.totalMinor - plan.openMinor;
    case Open:
        return plan.openMinor;
    case NextDue:
        return nextDue(plan);
    case Status:
        return static_cast<int>(plan.status);
    default:
        return displayData(plan, column);
    }
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const PlanView& plan = m_plans.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(plan, index.column());
    case SortRole:
        return sortData(plan, index.column());
    case PlanIdRole:
        return plan.plan.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return plan.plan.customerCode;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &PlanListModel::columnTitle);
}

QString PlanListModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("Plan");
    case Customer:
        return tr("Customer");
    case Date:
        return tr("Date");
    case Total:
        return tr("Total");
    case Paid:
        return tr("Paid");
    case Open:
        return tr("Open");
    case NextDue:
        return tr("Next Due");
    case Status:
        return tr("Status");
    }
    return QString();
}

} // namespace ardesk
