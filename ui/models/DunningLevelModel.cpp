#include "models/DunningLevelModel.h"

#include <algorithm>

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"
#include "text/ReminderText.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isNumeric(int column)
{
    return column != DunningLevelModel::NameColumn && column != DunningLevelModel::ChannelColumn &&
           column != DunningLevelModel::EnabledColumn;
}

} // namespace

DunningLevelModel::DunningLevelModel(CurrencyCode currency, QObject* parent)
    : QAbstractTableModel(parent)
    , m_currency(currency)
{}

void DunningLevelModel::setLevels(const QList<DunningLevel>& levels)
{
    beginResetModel();
    m_levels = levels;
    endResetModel();
}

void DunningLevelModel::setLevel(int row, const DunningLevel& level)
{
    if (row < 0 || row >= m_levels.size())
        return;
    m_levels[row] = level;
    m_levels[row].level = firstNumber() + row;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DunningLevelModel::appendLevel(const QString& name)
{
    const int row = int(m_levels.size());
    DunningLevel level{.level = firstNumber() + row, .name = name, .daysOverdue = 1};
    if (!m_levels.isEmpty()) {
        const DunningLevel& last = m_levels.last();
        // A new level has no template of its own yet: it starts with the last level's letter.
        level.daysOverdue = last.daysOverdue + 30;
        level.channel = last.channel;
        level.templateName = last.templateName;
    } else {
        level.templateName = u"reminder-1"_s;
    }
    beginInsertRows({}, row, row);
    m_levels.append(level);
    endInsertRows();
}

void DunningLevelModel::removeLastLevel()
{
    if (m_levels.isEmpty())
        return;
    const int row = int(m_levels.size()) - 1;
    beginRemoveRows({}, row, row);
    m_levels.removeLast();
    endRemoveRows();
}

int DunningLevelModel::firstNumber() const
{
    return !m_levels.isEmpty() && m_levels.first().isCourtesy() ? DunningLevel::courtesyLevel : 1;
}

int DunningLevelModel::reminderLevelCount() const
{
    return int(std::ranges::count_if(
        m_levels, [](const DunningLevel& level) { return !level.isCourtesy(); }));
}

int DunningLevelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int DunningLevelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DunningLevelModel::rateText(int basisPoints, const QLocale& locale)
{
    return tr("%1 %").arg(NumberFormat::fixed(basisPoints, 2, locale));
}

QVariant DunningLevelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DunningLevel& level = m_levels.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LevelColumn:
            return locale.toString(level.level);
        case NameColumn:
            return level.name;
        case EnabledColumn:
            return level.enabled ? tr("On") : tr("Off");
        case DaysColumn:
            if (level.isCourtesy())
                return level.daysOverdue == 0 ? tr("On the due date")
                                              : tr("%n day(s) before due", "", -level.daysOverdue);
            return locale.toString(level.daysOverdue);
        case ChannelColumn:
            return ReminderText::channel(level.channel);
        // A courtesy reminder never charges them, whatever is stored.
        case FeeColumn:
            return NumberFormat::money(level.isCourtesy() ? 0 : level.feeMinor, m_currency, locale);
        case InterestColumn:
            return rateText(level.isCourtesy() ? 0 : level.annualRateBasisPoints, locale);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case LevelColumn:
            return level.level;
        case NameColumn:
            return level.name;
        case EnabledColumn:
            return level.enabled;
        case DaysColumn:
            return level.daysOverdue;
        case ChannelColumn:
            return int(level.channel);
        case FeeColumn:
            return level.feeMinor;
        case InterestColumn:
            return level.annualRateBasisPoints;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return columnAlignment(isNumeric(index.column()));
    return {};
}

QVariant DunningLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section), [](int column) {
        switch (column) {
        case LevelColumn:
            return tr("Level");
        case NameColumn:
            return tr("Name");
        case EnabledColumn:
            return tr("Sent");
        case DaysColumn:
            return tr("Days Overdue");
        case ChannelColumn:
            return tr("Sent As");
        case FeeColumn:
            return tr("Fee");
        case InterestColumn:
            return tr("Interest a Year");
        default:
            return QString();
        }
    });
}

} // namespace ardesk
