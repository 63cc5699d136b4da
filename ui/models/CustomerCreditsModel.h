#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/CustomerAccount.h"

namespace ardesk {

// A customer's payments and credit notes, newest first, with what no item took (unapplied).
// Holds one bounded read (CustomerAccountService::credits).
class CustomerCreditsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Kind, Number, Date, Amount, Unapplied, Note, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // raw value: text, QDate, minor units

    explicit CustomerCreditsModel(QObject* parent = nullptr);

    void setCredits(const QList<AccountCredit>& credits);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const AccountCredit& credit, int column) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<AccountCredit> m_credits;
};

} // namespace ardesk
