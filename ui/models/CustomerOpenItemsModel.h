#pragma once

#include <memory>
#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include "domain/CustomerAccount.h"
#include "jobs/ForesightLoader.h"

namespace ardesk {

// A customer's open invoices and installments, oldest due date first, with their age as of
// a date, and when each is expected to be paid (a ForesightIndex loaded apart). Holds one
// bounded read (CustomerAccountService::openItems).
class CustomerOpenItemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Document,
        Issued,
        Due,
        Amount,
        Open,
        DaysOverdue,
        ExpectedPayment,
        Note,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 }; // raw value: text, QDate, minor units, days

    explicit CustomerOpenItemsModel(QObject* parent = nullptr);

    void setItems(const QList<AccountOpenItem>& items, QDate asOf);
    std::optional<AccountOpenItem> itemAt(int row) const;
    // The collection agency the customer is with; empty when none. Every item's note says so.
    void setAgency(const QString& agency);
    // The predicted pay dates; an item without one shows none.
    void setForesight(std::shared_ptr<const ForesightIndex> foresight);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const AccountOpenItem& item, int column) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<AccountOpenItem> m_items;
    QDate m_asOf;
    QString m_agency;
    std::shared_ptr<const ForesightIndex> m_foresight = std::make_shared<ForesightIndex>();
};

} // namespace ardesk
