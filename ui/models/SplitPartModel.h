#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "cashapp/CashApplicationService.h"

namespace ardesk {

// The parts of a bank line being split across customers: who, how much, which documents
// first. Held whole (a handful of rows); the dialog adds and removes them.
class SplitPartModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Customer, Amount, Documents, ColumnCount };

    struct Part {
        CashApplicationService::SplitPart part;
        QString customerName;
    };

    explicit SplitPartModel(QObject* parent = nullptr);

    void append(const Part& part);
    void removeAt(int row);
    const QList<Part>& parts() const { return m_parts; }
    QList<CashApplicationService::SplitPart> splitParts() const;
    // The parts' amounts added up, in minor units.
    qint64 totalMinor() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString columnTitle(int column);

    QList<Part> m_parts;
};

} // namespace ardesk
