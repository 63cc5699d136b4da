#include "models/PlanScheduleModel.h"

#include <algorithm>

#include <QLocale>

#include "domain/Money.h"
#include "models/ColumnHeaders.h"

namespace ardesk {

PlanScheduleModel::PlanScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PlanScheduleModel::setSchedule(const QList<ScheduledInstallment>& schedule,
                                    CurrencyCode currency)
{
    beginResetModel();
    m_schedule = schedule;
    m_currency = currency;
    endResetModel();
}

void PlanScheduleModel::clear()
{
    beginResetModel();
    m_schedule.clear();
    endResetModel();
}

bool PlanScheduleModel::hasInterest() const
{
    return std::any_of(m_schedule.begin(), m_schedule.end(),
                       [](const ScheduledInstallment& row) { return row.interestMinor != 0; });
}

QString PlanScheduleModel::numberText(int number)
{
    return number == 0 ? tr("Down payment") : QLocale().toString(number);
}

int PlanScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_schedule.size());
}

int PlanScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PlanScheduleModel::isNumeric(int column)
{
    // Everything but the due date is a number or an amount.
    return column != DueDate;
}

QVariant PlanScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ScheduledInstallment& row = m_schedule.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(isNumeric(index.column()));
    if (role != Qt::DisplayRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return numberText(row.number);
    case DueDate:
        return locale.toString(row.dueDate, QLocale::ShortFormat);
    case Amount:
        return Money(row.amountMinor, *m_currency).toLocalizedString(locale);
    case Interest:
        return Money(row.interestMinor, *m_currency).toLocalizedString(locale);
    case Principal:
        return Money(row.amountMinor - row.interestMinor, *m_currency).toLocalizedString(locale);
    default:
        return QVariant();
    }
}

QVariant PlanScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &PlanScheduleModel::columnTitle);
}

QString PlanScheduleModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("No.");
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Interest:
        return tr("Interest");
    case Principal:
        return tr("Principal");
    }
    return QString();
}

} // namespace ardesk
