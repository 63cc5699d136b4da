#include "models/AllocationTableModel.h"

#include "domain/Money.h"
#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

AllocationTableModel::AllocationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AllocationTableModel::setItems(const QList<AllocationItem>& items, CurrencyCode currency)
{
    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (const AllocationItem& item : items)
        m_rows.append({item, 0});
    endResetModel();
    Q_EMIT sharesChanged();
}

void AllocationTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT sharesChanged();
}

void AllocationTableModel::setShares(const QList<AllocationShare>& shares)
{
    for (Row& row : m_rows) {
        row.shareMinor = 0;
        row.discountMinor = 0;
        for (const AllocationShare& share : shares) {
            if (share.item != row.item.id)
                continue;
            row.shareMinor += share.amountMinor;
            row.discountMinor += share.discountMinor;
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Share), index(rowCount() - 1, Share));
    Q_EMIT sharesChanged();
}

QList<AllocationShare> AllocationTableModel::shares() const
{
    QList<AllocationShare> shares;
    for (const Row& row : m_rows) {
        if (row.shareMinor > 0)
            shares.append({row.item.id, row.shareMinor, row.discountMinor});
    }
    return shares;
}

qint64 AllocationTableModel::allocatedMinor() const
{
    qint64 total = 0;
    for (const Row& row : m_rows)
        total += row.shareMinor;
    return total;
}

void AllocationTableModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AllocationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AllocationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AllocationTableModel::rowOf(InvoiceId item) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item.id == item)
            return static_cast<int>(row);
    }
    return -1;
}

QString AllocationTableModel::amountText(qint64 minor) const
{
    return Money(minor, *m_currency).toLocalizedString(m_locale);
}

bool AllocationTableModel::isNumeric(int column)
{
    return column == OpenAmount || column == Share;
}

QVariant AllocationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    const bool numeric = isNumeric(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.item.number;
        case IssueDate:
            return m_locale.toString(row.item.issueDate, QLocale::ShortFormat);
        case DueDate:
            return m_locale.toString(row.item.dueDate, QLocale::ShortFormat);
        case OpenAmount:
            return NumberFormat::money(row.item.openMinor, *m_currency, m_locale);
        case Share:
            // Nothing rather than a column of zeros: the rows that take money stand out.
            return row.shareMinor == 0 ? QString() : amountText(row.shareMinor);
        default:
            return QVariant();
        }
    case Qt::EditRole:
        if (index.column() == Share)
            return amountText(row.shareMinor);
        return QVariant();
    case SortRole:
        switch (index.column()) {
        case IssueDate:
            return row.item.issueDate;
        case DueDate:
            return row.item.dueDate;
        case OpenAmount:
            return row.item.openMinor;
        case Share:
            return row.shareMinor;
        default:
            return row.item.number;
        }
    case Qt::TextAlignmentRole:
        return columnAlignment(numeric);
    case Qt::ToolTipRole:
        if (index.column() == Share && row.discountMinor > 0)
            return tr("Settles the item with an early-payment discount of %1")
                .arg(NumberFormat::money(row.discountMinor, *m_currency, m_locale));
        if (index.column() == Share)
            return tr("Up to %1")
                .arg(NumberFormat::money(row.item.openMinor, *m_currency, m_locale));
        return QVariant();
    default:
        return QVariant();
    }
}

bool AllocationTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Share ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    qint64 minor = 0;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty()) {
            const auto parsed = Money::parseLocalized(text, *m_currency, m_locale);
            if (!parsed) {
                Q_EMIT shareRefused(row.item.number, row.item.openMinor);
                return false;
            }
            minor = parsed->minor();
        }
    } else {
        minor = value.toLongLong();
    }
    if (minor < 0 || minor > row.item.openMinor) {
        Q_EMIT shareRefused(row.item.number, row.item.openMinor);
        return false;
    }
    if (minor != row.shareMinor) {
        row.shareMinor = minor;
        row.discountMinor = 0;
        Q_EMIT dataChanged(index, index);
        Q_EMIT sharesChanged();
    }
    return true;
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &AllocationTableModel::columnTitle);
}

QString AllocationTableModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("Document");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case OpenAmount:
        return tr("Open");
    case Share:
        return tr("Allocate");
    }
    return QString();
}

Qt::ItemFlags AllocationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Share)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace ardesk
