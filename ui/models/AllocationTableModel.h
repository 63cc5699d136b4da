#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "domain/CurrencyCode.h"
#include "ledger/AllocationService.h"

namespace ardesk {

// A customer's open items with the share of a new payment or credit note each takes. The
// shares start as AllocationService proposes them and the user may change any of them, from
// nothing up to the item's open amount; what is saved is exactly what the table holds.
class AllocationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, IssueDate, DueDate, OpenAmount, Share, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, QDate, minor units
    };

    explicit AllocationTableModel(QObject* parent = nullptr);

    // The items to show, all in `currency`, every share 0.
    void setItems(const QList<AllocationItem>& items, CurrencyCode currency);
    // No items at all (no customer chosen).
    void clear();
    // Puts these shares in place of the current ones; items not named get 0.
    void setShares(const QList<AllocationShare>& shares);
    // The non-zero shares, in table order.
    QList<AllocationShare> shares() const;
    qint64 allocatedMinor() const;
    // The row of this item, or -1.
    int rowOf(InvoiceId item) const;
    // The open amount of the item in `row` (valid).
    qint64 openMinorAt(int row) const { return m_rows.at(row).item.openMinor; }
    // Amounts are shown and parsed in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Takes an amount in the locale (text) or minor units (qint64); refuses anything that is
    // not 0 to the item's open amount, and says why through shareRefused().
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void sharesChanged();
    // A share the user typed was not taken: `number` is the item's, `openMinor` its limit.
    void shareRefused(const QString& number, qint64 openMinor);

private:
    static bool isNumeric(int column);
    static QString columnTitle(int column);
    struct Row {
        AllocationItem item;
        qint64 shareMinor = 0;
        // The early-payment discount the proposal allowed with the share; a share the user
        // changes takes none.
        qint64 discountMinor = 0;
    };
    QString amountText(qint64 minor) const;

    QList<Row> m_rows;
    std::optional<CurrencyCode> m_currency; // set with the items
    QLocale m_locale;
};

} // namespace ardesk
