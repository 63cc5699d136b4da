#include "models/BankQueueModel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include "models/ColumnHeaders.h"
#include "text/BankMatchText.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankQueueModel::BankQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BankQueueModel::setMatches(const QList<BankMatch>& matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

std::optional<BankMatch> BankQueueModel::matchAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return std::nullopt;
    return m_matches.at(row);
}

int BankQueueModel::rowOf(BankLineId line) const
{
    for (qsizetype row = 0; row < m_matches.size(); ++row) {
        if (m_matches.at(row).line.id == line)
            return static_cast<int>(row);
    }
    return -1;
}

int BankQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matches.size());
}

int BankQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BankQueueModel::isNumeric(int column)
{
    return column == Amount;
}

QVariant BankQueueModel::displayData(const BankMatch& match, int column) const
{
    const QLocale locale;
    const BankLine& line = match.line;
    switch (column) {
    case BookingDate:
        return locale.toString(line.bookingDate, QLocale::ShortFormat);
    case Amount:
        return NumberFormat::money(line.amount.minor(), line.amount.currency(), locale);
    case Payer:
        return line.counterparty;
    case Reference:
        return line.reference;
    case Customer:
        return match.customerCode.isEmpty() ? tr("No proposal") : BankMatchText::customer(match);
    case Documents:
        return BankMatchText::documents(match);
    case Score:
        return locale.toString(match.score);
    case Reason:
        return BankMatchText::reason(match);
    default:
        return {};
    }
}

QVariant BankQueueModel::sortData(const BankMatch& match, int column) const
{
    const BankLine& line = match.line;
    switch (column) {
    case BookingDate:
        return line.bookingDate;
    case Amount:
        return line.amount.minor();
    case Customer:
        return match.customerName;
    case Score:
        return match.score;
    default:
        return displayData(match, column);
    }
}

QVariant BankQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BankMatch& match = m_matches.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(match, column);
    case SortRole:
        return sortData(match, column);
    case ScoreRole:
        return match.score;
    case Qt::TextAlignmentRole:
        if (column == Score)
            return QVariant(Qt::AlignCenter);
        return columnAlignment(isNumeric(column));
    case Qt::ToolTipRole:
        if (column == Payer && !match.line.counterpartyAccount.isEmpty())
            //: A payer's name and bank account.
            return tr("%1, account %2")
                .arg(match.line.counterparty, match.line.counterpartyAccount);
        if (column == Reference || column == Reason || column == Documents)
            return displayData(match, column);
        return {};
    case Qt::ForegroundRole:
        if (column == Customer && match.customerCode.isEmpty())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::AccessibleTextRole:
        if (column == Score)
            return tr("Score %1 of 100").arg(QLocale().toString(match.score));
        return {};
    default:
        return {};
    }
}

QVariant BankQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &BankQueueModel::columnTitle);
}

QString BankQueueModel::columnTitle(int column)
{
    switch (column) {
    case BookingDate:
        return tr("Booked");
    case Amount:
        return tr("Amount");
    case Payer:
        return tr("Payer");
    case Reference:
        return tr("Reference");
    case Customer:
        return tr("Proposed customer");
    case Documents:
        return tr("Documents");
    case Score:
        return tr("Score");
    case Reason:
        return tr("Why");
    default:
        return QString();
    }
}

} // namespace ardesk
