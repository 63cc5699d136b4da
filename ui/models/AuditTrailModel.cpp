#include "models/AuditTrailModel.h"

#include <QLocale>

#include "domain/ActivityKindName.h"
#include "models/ActivityListModel.h"
#include "text/NumberFormat.h"

namespace ardesk {

AuditTrailModel::AuditTrailModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTrailModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditTrailModel::actionText(const AuditEntry& entry)
{
    using Action = AuditEntry::Action;
    switch (entry.action) {
    case Action::Created:
        return entry.documentKind == AuditEntry::DocumentKind::Activity ? tr("Logged")
                                                                        : tr("Created");
    case Action::Changed:
        // An invoice is changed only by a correction; a customer's details are simply edited.
        return entry.documentKind == AuditEntry::DocumentKind::Invoice ? tr("Corrected")
                                                                       : tr("Changed");
    case Action::Voided:
        return tr("Voided");
    case Action::Deleted:
        return tr("Deleted");
    case Action::Allocated:
        return tr("Applied");
    case Action::Unapplied:
        return tr("Un-applied");
    case Action::WrittenOff:
        return tr("Written off");
    case Action::Discounted:
        return tr("Discount granted");
    case Action::Reminded:
        return tr("Reminder sent");
    case Action::Resolved:
        return tr("Resolved");
    case Action::HandedOver:
        return tr("Handed over to agency");
    case Action::Recalled:
        return tr("Taken back from agency");
    case Action::Cancelled:
        return tr("Cancelled");
    case Action::Rescheduled:
        return tr("Rescheduled");
    }
    return {};
}

QString AuditTrailModel::documentText(const AuditEntry& entry)
{
    using Kind = AuditEntry::DocumentKind;
    switch (entry.documentKind) {
    case Kind::Customer:
        return tr("Customer %1").arg(entry.document);
    case Kind::Invoice:
        return tr("Invoice %1").arg(entry.document);
    case Kind::Payment:
        return tr("Payment %1").arg(entry.document);
    case Kind::CreditNote:
        return tr("Credit note %1").arg(entry.document);
    case Kind::Plan:
        return tr("Plan %1").arg(entry.document);
    case Kind::Activity:
        if (const auto kind = activityKindFromName(entry.document))
            return ActivityListModel::kindText(*kind);
        return entry.document;
    }
    return entry.document;
}

QString AuditTrailModel::detailsText(const AuditEntry& entry)
{
    const QLocale locale;
    const QString amount =
        entry.amount ? NumberFormat::money(entry.amount->minor(), entry.amount->currency(), locale)
                     : QString();
    switch (entry.action) {
    case AuditEntry::Action::Allocated:
        return tr("%1 to invoice %2").arg(amount, entry.related);
    case AuditEntry::Action::Unapplied:
        return tr("%1 from invoice %2").arg(amount, entry.related);
    case AuditEntry::Action::Reminded:
        return tr("Level %1").arg(entry.related);
    case AuditEntry::Action::HandedOver:
    case AuditEntry::Action::Recalled:
        return entry.related;
    default:
        return amount;
    }
}

QString AuditTrailModel::madeByText(const AuditEntry& entry)
{
    return entry.madeBy.isEmpty() ? tr("(outside ARDesk)", "who changed it: unknown")
                                  : entry.madeBy;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    // By time, then in the order the changes were made (many share their transaction's second):
    // the trail's own order, which is newest first.
    if (role == SortRole && index.column() == MadeAt)
        return static_cast<qlonglong>(m_entries.size() - index.row());
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MadeAt:
        return QLocale().toString(entry.madeAt.toLocalTime(), QLocale::ShortFormat);
    case MadeBy:
        return madeByText(entry);
    case Action:
        return actionText(entry);
    case Document:
        return documentText(entry);
    case Details:
        return detailsText(entry);
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeAt:
        return tr("When");
    case MadeBy:
        return tr("Who");
    case Action:
        return tr("What");
    case Document:
        return tr("Document");
    case Details:
        return tr("Details");
    }
    return {};
}

} // namespace ardesk
