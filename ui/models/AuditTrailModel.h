#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/AuditEntry.h"

namespace ardesk {

// A customer's audit trail, newest first: when (local time), who, what was done, to which
// document, and the details (the amount, the invoice money went to, a reminder's level).
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MadeAt, MadeBy, Action, Document, Details, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the trail's order for MadeAt, else the text
    };

    explicit AuditTrailModel(QObject* parent = nullptr);

    // Newest first, as AuditTrailService gives them.
    void setEntries(const QList<AuditEntry>& entries);

    static QString actionText(const AuditEntry& entry);
    static QString documentText(const AuditEntry& entry);
    static QString detailsText(const AuditEntry& entry);
    static QString madeByText(const AuditEntry& entry);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace ardesk
