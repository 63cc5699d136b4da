#include "models/CustomerOpenItemsModel.h"

#include <QLocale>
#include <QStringList>

#include "models/ColumnHeaders.h"
#include "text/AgencyText.h"
#include "text/ForesightText.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CustomerOpenItemsModel::CustomerOpenItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CustomerOpenItemsModel::setItems(const QList<AccountOpenItem>& items, QDate asOf)
{
    beginResetModel();
    m_items = items;
    m_asOf = asOf;
    endResetModel();
}

void CustomerOpenItemsModel::setAgency(const QString& agency)
{
    m_agency = agency;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Note), index(rowCount() - 1, Note));
}

void CustomerOpenItemsModel::setForesight(std::shared_ptr<const ForesightIndex> foresight)
{
    m_foresight = foresight ? std::move(foresight) : std::make_shared<ForesightIndex>();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ExpectedPayment), index(rowCount() - 1, ExpectedPayment));
}

std::optional<AccountOpenItem> CustomerOpenItemsModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

int CustomerOpenItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CustomerOpenItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerOpenItemsModel::isNumeric(int column)
{
    return column == Amount || column == Open || column == DaysOverdue;
}

QVariant CustomerOpenItemsModel::displayData(const AccountOpenItem& item, int column) const
{
    const QLocale locale;
    switch (column) {
    case Document:
        return item.document;
    case Issued:
        return locale.toString(item.issueDate, QLocale::ShortFormat);
    case Due:
        return locale.toString(item.dueDate, QLocale::ShortFormat);
    case Amount:
        return NumberFormat::money(item.amountMinor, item.currency, locale);
    case Open:
        return NumberFormat::money(item.openMinor, item.currency, locale);
    case DaysOverdue:
        // Not yet due shows nothing rather than a negative age.
        return item.ageDays(m_asOf) > 0 ? locale.toString(item.ageDays(m_asOf)) : QString();
    case ExpectedPayment:
        if (const Prediction* prediction = m_foresight->prediction(item.id.value))
            return locale.toString(prediction->payDate, QLocale::ShortFormat);
        return QString();
    case Note: {
        QStringList notes;
        if (!m_agency.isEmpty())
            notes.append(AgencyText::item(m_agency));
        if (item.disputed)
            notes.append(tr("Disputed"));
        else if (item.installment)
            notes.append(tr("Installment"));
        return notes.join(u" · "_s);
    }
    default:
        return QVariant();
    }
}

QVariant CustomerOpenItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccountOpenItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case SortRole:
        switch (index.column()) {
        case Issued:
            return item.issueDate;
        case Due:
            return item.dueDate;
        case Amount:
            return item.amountMinor;
        case Open:
            return item.openMinor;
        case DaysOverdue:
            return item.ageDays(m_asOf);
        case ExpectedPayment: {
            const Prediction* prediction = m_foresight->prediction(item.id.value);
            return prediction ? prediction->payDate : QDate();
        }
        default:
            return displayData(item, index.column());
        }
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        if (const Prediction* prediction = m_foresight->prediction(item.id.value);
            prediction && index.column() == ExpectedPayment)
            return ForesightText::prediction(*prediction, QLocale());
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CustomerOpenItemsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &CustomerOpenItemsModel::columnTitle);
}

QString CustomerOpenItemsModel::columnTitle(int column)
{
    switch (column) {
    case Document:
        return tr("Document");
    case Issued:
        return tr("Issued");
    case Due:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Open:
        return tr("Open Amount");
    case DaysOverdue:
        return tr("Days Overdue");
    case ExpectedPayment:
        return tr("Expected Payment");
    case Note:
        return tr("Note");
    }
    return QString();
}

} // namespace ardesk
