#include "models/CustomerCreditsModel.h"

#include <QLocale>

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

CustomerCreditsModel::CustomerCreditsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CustomerCreditsModel::setCredits(const QList<AccountCredit>& credits)
{
    beginResetModel();
    m_credits = credits;
    endResetModel();
}

int CustomerCreditsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_credits.size());
}

int CustomerCreditsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomerCreditsModel::isNumeric(int column)
{
    return column == Amount || column == Unapplied;
}

QVariant CustomerCreditsModel::displayData(const AccountCredit& credit, int column) const
{
    const QLocale locale;
    switch (column) {
    case Kind:
        if (credit.discount)
            return tr("Discount allowed");
        return credit.kind == Credit::Kind::Payment ? tr("Payment") : tr("Credit note");
    case Number:
        return credit.code;
    case Date:
        return locale.toString(credit.date, QLocale::ShortFormat);
    case Amount:
        return NumberFormat::money(credit.amountMinor, credit.currency, locale);
    case Unapplied:
        // Fully applied credits show nothing rather than a column of zeros.
        return credit.unappliedMinor == 0
                   ? QString()
                   : NumberFormat::money(credit.unappliedMinor, credit.currency, locale);
    case Note:
        if (credit.voidDate.isValid())
            return tr("Void since %1: %2")
                .arg(locale.toString(credit.voidDate, QLocale::ShortFormat), credit.voidReason);
        return credit.note;
    default:
        return QVariant();
    }
}

QVariant CustomerCreditsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccountCredit& credit = m_credits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(credit, index.column());
    case SortRole:
        switch (index.column()) {
        case Date:
            return credit.date;
        case Amount:
            return credit.amountMinor;
        case Unapplied:
            return credit.unappliedMinor;
        default:
            return displayData(credit, index.column());
        }
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    default:
        return QVariant();
    }
}

QVariant CustomerCreditsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &CustomerCreditsModel::columnTitle);
}

QString CustomerCreditsModel::columnTitle(int column)
{
    switch (column) {
    case Kind:
        return tr("Kind");
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Unapplied:
        return tr("Unapplied");
    case Note:
        return tr("Reference or Reason");
    }
    return QString();
}

} // namespace ardesk
