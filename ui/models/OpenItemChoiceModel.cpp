#include "models/OpenItemChoiceModel.h"

#include <QLocale>

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

OpenItemChoiceModel::OpenItemChoiceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OpenItemChoiceModel::setItems(const QList<AllocationItem>& items, CurrencyCode currency)
{
    beginResetModel();
    m_rows.clear();
    for (const AllocationItem& item : items)
        m_rows.append(Row{.item = item, .checked = false});
    m_currency = currency;
    endResetModel();
    Q_EMIT checkedChanged();
}

void OpenItemChoiceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_currency.reset();
    endResetModel();
    Q_EMIT checkedChanged();
}

void OpenItemChoiceModel::setChecked(const QStringList& numbers)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rows[row].checked = numbers.contains(m_rows.at(row).item.number, Qt::CaseInsensitive);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Document), index(rowCount() - 1, Document),
                           {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

QStringList OpenItemChoiceModel::checkedNumbers() const
{
    QStringList numbers;
    for (const Row& row : m_rows) {
        if (row.checked)
            numbers.append(row.item.number);
    }
    return numbers;
}

qint64 OpenItemChoiceModel::checkedOpenMinor() const
{
    qint64 total = 0;
    for (const Row& row : m_rows) {
        if (row.checked)
            total += row.item.openMinor;
    }
    return total;
}

int OpenItemChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OpenItemChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenItemChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::CheckStateRole && index.column() == Document)
        return row.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(index.column() == OpenAmount);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Document:
        return row.item.number;
    case DueDate:
        return locale.toString(row.item.dueDate, QLocale::ShortFormat);
    case OpenAmount:
        return NumberFormat::money(row.item.openMinor, *m_currency, locale);
    default:
        return {};
    }
}

bool OpenItemChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Document || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    Row& row = m_rows[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QVariant OpenItemChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, section == OpenAmount,
                            &OpenItemChoiceModel::columnTitle);
}

Qt::ItemFlags OpenItemChoiceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Document)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QString OpenItemChoiceModel::columnTitle(int column)
{
    switch (column) {
    case Document:
        return tr("Pay first");
    case DueDate:
        return tr("Due");
    case OpenAmount:
        return tr("Open");
    default:
        return QString();
    }
}

} // namespace ardesk
