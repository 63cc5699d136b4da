#include "models/CorrectionListModel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString fieldText(const QString& field)
{
    if (field == u"number"_s)
        return CorrectionListModel::tr("Number");
    if (field == u"issue_date"_s)
        return CorrectionListModel::tr("Issue date");
    if (field == u"due_date"_s)
        return CorrectionListModel::tr("Due date");
    if (field == u"amount"_s)
        return CorrectionListModel::tr("Amount");
    if (field == u"description"_s)
        return CorrectionListModel::tr("Description");
    if (field == u"discount_until"_s)
        return CorrectionListModel::tr("Discount until");
    return field;
}

} // namespace

CorrectionListModel::CorrectionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CorrectionListModel::setCorrections(const QList<Correction>& corrections)
{
    beginResetModel();
    m_corrections = corrections;
    std::reverse(m_corrections.begin(), m_corrections.end());
    endResetModel();
}

QString CorrectionListModel::actionText(Correction::Action action)
{
    switch (action) {
    case Correction::Action::Edit:
        return tr("Edited");
    case Correction::Action::Void:
        return tr("Voided");
    case Correction::Action::Unapply:
        return tr("Un-applied");
    case Correction::Action::Apply:
        return tr("Applied");
    case Correction::Action::Delete:
        return tr("Deleted");
    }
    return {};
}

QString CorrectionListModel::documentText(const Correction& correction)
{
    switch (correction.documentKind) {
    case Correction::DocumentKind::Invoice:
        return tr("Invoice %1").arg(correction.document);
    case Correction::DocumentKind::Payment:
        return tr("Payment %1").arg(correction.document);
    case Correction::DocumentKind::CreditNote:
        return tr("Credit note %1").arg(correction.document);
    }
    return correction.document;
}

QString CorrectionListModel::changeText(const Correction& correction)
{
    const QLocale locale;
    const QString date = correction.date.isValid()
                             ? locale.toString(correction.date, QLocale::ShortFormat)
                             : QString();
    switch (correction.action) {
    case Correction::Action::Edit:
        return tr("%1: %2 → %3")
            .arg(fieldText(correction.field), correction.oldValue, correction.newValue);
    case Correction::Action::Unapply:
    case Correction::Action::Apply:
        return tr("%1: %2 → %3, as of %4")
            .arg(correction.field, correction.oldValue, correction.newValue, date);
    case Correction::Action::Void:
        return tr("as of %1").arg(date);
    case Correction::Action::Delete:
        return tr("Amount %1").arg(correction.oldValue);
    }
    return {};
}

int CorrectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_corrections.size());
}

int CorrectionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Correction& row = m_corrections.at(index.row());
    if (role == SortRole && index.column() == MadeAt)
        return row.madeAt;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MadeAt:
        return QLocale().toString(row.madeAt.toLocalTime(), QLocale::ShortFormat);
    case Document:
        return documentText(row);
    case Action:
        return actionText(row.action);
    case Change:
        return changeText(row);
    case Reason:
        return row.reason;
    }
    return {};
}

QVariant CorrectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeAt:
        return tr("When");
    case Document:
        return tr("Document");
    case Action:
        return tr("Correction");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace ardesk
