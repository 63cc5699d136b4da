#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "domain/Correction.h"

namespace ardesk {

// A customer's corrections, newest first: when, which document, what was done and how the
// value changed (old → new), with the reason. Part of the customer's history.
class CorrectionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MadeAt, Document, Action, Change, Reason, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QDateTime, text
    };

    explicit CorrectionListModel(QObject* parent = nullptr);

    // In the order they were made; shown newest first.
    void setCorrections(const QList<Correction>& corrections);

    static QString actionText(Correction::Action action);
    static QString documentText(const Correction& correction);
    static QString changeText(const Correction& correction);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Correction> m_corrections;
};

} // namespace ardesk
