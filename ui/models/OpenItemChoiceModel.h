#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "domain/CurrencyCode.h"
#include "ledger/AllocationService.h"

namespace ardesk {

// A customer's open items with a check box each: the documents a receipt pays first. The rest
// of the receipt goes by the allocation rules, so ticking nothing is a valid choice.
class OpenItemChoiceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Document, DueDate, OpenAmount, ColumnCount };

    explicit OpenItemChoiceModel(QObject* parent = nullptr);

    // The items (oldest due date first), none ticked.
    void setItems(const QList<AllocationItem>& items, CurrencyCode currency);
    void clear();
    // Ticks the items with these numbers (any case) and no others.
    void setChecked(const QStringList& numbers);
    // The ticked items' numbers, in table order.
    QStringList checkedNumbers() const;
    qint64 checkedOpenMinor() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    static QString columnTitle(int column);
    struct Row {
        AllocationItem item;
        bool checked = false;
    };
    QList<Row> m_rows;
    std::optional<CurrencyCode> m_currency; // set with the items
};

} // namespace ardesk
