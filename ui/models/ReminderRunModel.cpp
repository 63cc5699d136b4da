#include "models/ReminderRunModel.h"

#include <QLocale>
#include <QStringList>

#include "models/ColumnHeaders.h"
#include "text/ForesightText.h"
#include "text/NumberFormat.h"
#include "text/ReminderText.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QStringList documentsOf(const ReminderNotice& notice)
{
    QStringList documents;
    for (const ReminderItem& item : notice.items)
        documents.append(item.document);
    return documents;
}

} // namespace

ReminderRunModel::ReminderRunModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReminderRunModel::setNotices(const QList<ReminderNotice>& notices,
                                  const QList<CustomerRisk>& risks)
{
    beginResetModel();
    m_notices = notices;
    m_risks.clear();
    for (const CustomerRisk& risk : risks)
        m_risks.insert(risk.customerId, risk);
    endResetModel();
}

const CustomerRisk* ReminderRunModel::riskOf(const ReminderNotice& notice) const
{
    const auto found = m_risks.constFind(notice.customer.value);
    if (found == m_risks.cend() || found->currency != notice.currency.code())
        return nullptr;
    return &*found;
}

std::optional<ReminderNotice> ReminderRunModel::noticeAt(int row) const
{
    if (row < 0 || row >= m_notices.size())
        return std::nullopt;
    return m_notices.at(row);
}

QString ReminderRunModel::itemsHtml(const ReminderNotice& notice)
{
    const QLocale locale;
    QString html = u"<p><b>%1</b> (%2) — %3</p><table cellspacing=\"0\" cellpadding=\"5\">"_s.arg(
        notice.customerName.toHtmlEscaped(), notice.customerCode.toHtmlEscaped(),
        notice.level.name.toHtmlEscaped());
    html += u"<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
            "<th align=\"right\">%4</th><th align=\"right\">%5</th></tr>"_s.arg(
                tr("Document"), tr("Due"), tr("Days overdue"), tr("Open"), tr("Interest"));
    for (const ReminderItem& item : notice.items) {
        html +=
            u"<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
            "<td align=\"right\">%4</td><td align=\"right\">%5</td></tr>"_s.arg(
                item.document.toHtmlEscaped(), locale.toString(item.dueDate, QLocale::ShortFormat),
                locale.toString(item.daysOverdue),
                NumberFormat::money(item.openMinor, notice.currency, locale),
                NumberFormat::money(item.interestMinor, notice.currency, locale));
    }
    html += u"</table>"_s;
    return html;
}

int ReminderRunModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notices.size());
}

int ReminderRunModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReminderRunModel::isNumeric(int column)
{
    return column == Overdue || column == Interest || column == Fee || column == TotalDue ||
           column == AtRisk;
}

QVariant ReminderRunModel::displayData(const ReminderNotice& notice, int column) const
{
    const QLocale locale;
    switch (column) {
    case Customer:
        return notice.customerName;
    case Level:
        return ReminderText::level(notice.level.level, notice.level.name, locale);
    case Channel:
        return ReminderText::channel(notice.level.channel);
    case Documents:
        return tr("%n: %1", nullptr, static_cast<int>(notice.items.size()))
            .arg(documentsOf(notice).join(u", "_s));
    case Overdue:
        return NumberFormat::money(notice.totalOverdueMinor, notice.currency, locale);
    case Interest:
        return NumberFormat::money(notice.interestMinor, notice.currency, locale);
    case Fee:
        return NumberFormat::money(notice.feeMinor, notice.currency, locale);
    case TotalDue:
        return NumberFormat::money(notice.totalDueMinor, notice.currency, locale);
    case Risk:
        if (const CustomerRisk* risk = riskOf(notice))
            return QString(risk->grade);
        return QVariant();
    case AtRisk:
        if (const CustomerRisk* risk = riskOf(notice))
            return NumberFormat::money(risk->atRiskMinor, notice.currency, locale);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ReminderRunModel::sortData(const ReminderNotice& notice, int column) const
{
    switch (column) {
    case Level:
        return notice.level.level;
    case Channel:
        return static_cast<int>(notice.level.channel);
    case Documents:
        return static_cast<int>(notice.items.size());
    case Overdue:
        return notice.totalOverdueMinor;
    case Interest:
        return notice.interestMinor;
    case Fee:
        return notice.feeMinor;
    case TotalDue:
        return notice.totalDueMinor;
    case Risk: {
        // Customers without a risk sort below the safest.
        const CustomerRisk* risk = riskOf(notice);
        return risk ? risk->score : -1;
    }
    case AtRisk: {
        const CustomerRisk* risk = riskOf(notice);
        return risk ? risk->atRiskMinor : qint64(-1);
    }
    default:
        return displayData(notice, column);
    }
}

QVariant ReminderRunModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReminderNotice& notice = m_notices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(notice, index.column());
    case SortRole:
        return sortData(notice, index.column());
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        return toolTip(notice, index.column());
    default:
        return QVariant();
    }
}

QVariant ReminderRunModel::toolTip(const ReminderNotice& notice, int column) const
{
    const CustomerRisk* risk = riskOf(notice);
    if (!risk || (column != Risk && column != AtRisk))
        return itemsHtml(notice);
    const QLocale locale;
    if (column == Risk)
        return ForesightText::risk(*risk, locale);
    return tr("Of %1 open, %2 is expected to be paid late")
        .arg(NumberFormat::money(risk->openMinor, notice.currency, locale),
             NumberFormat::money(risk->atRiskMinor, notice.currency, locale));
}

QVariant ReminderRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &ReminderRunModel::columnTitle);
}

QString ReminderRunModel::columnTitle(int column)
{
    switch (column) {
    case Customer:
        return tr("Customer");
    case Level:
        return tr("Level");
    case Channel:
        return tr("Channel");
    case Documents:
        return tr("Documents");
    case Overdue:
        return tr("Overdue");
    case Interest:
        return tr("Interest");
    case Fee:
        return tr("Fee");
    case TotalDue:
        return tr("Total Due");
    case Risk:
        return tr("Risk");
    case AtRisk:
        return tr("At Risk");
    }
    return QString();
}

} // namespace ardesk
