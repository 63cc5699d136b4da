#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "domain/CurrencyCode.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

// The reminder levels being edited in the Dunning Levels dialog: one row per level, lowest
// first. Read-only cells; the dialog's form below the table changes a level through setLevel().
// Fees are in the ledger currency.
class DunningLevelModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        NameColumn,
        EnabledColumn,
        DaysColumn,
        ChannelColumn,
        FeeColumn,
        InterestColumn,
        ColumnCount
    };

    DunningLevelModel(CurrencyCode currency, QObject* parent = nullptr);

    void setLevels(const QList<DunningLevel>& levels);
    const QList<DunningLevel>& levels() const { return m_levels; }
    // Replaces the level in `row`; its number stays the row's (from 0 when the first row is
    // the courtesy level, else from 1).
    void setLevel(int row, const DunningLevel& level);
    // Appends level n + 1, reached later than level n, with n's channel and template.
    void appendLevel(const QString& name);
    void removeLastLevel();
    // The levels after the due date (all but the courtesy level 0).
    int reminderLevelCount() const;

    // Raw values for sorting and tests.
    static constexpr int SortRole = Qt::UserRole;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "8.00 %": basis points as a percentage in the locale.
    static QString rateText(int basisPoints, const QLocale& locale);

private:
    int firstNumber() const;

    QList<DunningLevel> m_levels;
    CurrencyCode m_currency;
};

} // namespace ardesk
