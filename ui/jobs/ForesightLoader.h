#pragma once

#include <memory>

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>

#include "domain/Error.h"
#include "foresight/ForesightReport.h"

namespace ardesk {

class JobRunner;

// The predictions and risks of a ledger as of a date, looked up by the lists that show them.
struct ForesightIndex {
    QDate asOf;
    QHash<qint64, Prediction> predictions; // open items, by invoice id
    QHash<qint64, CustomerRisk> risks;     // customers with something open, by customer id

    const Prediction* prediction(qint64 invoiceId) const;
    const CustomerRisk* risk(qint64 customerId) const;
};

// Predicts every open item and rates every customer off the GUI thread (ForesightService reads
// the whole ledger: seconds on a large one), for the lists that show a predicted pay date or a
// risk grade. The lists show theirs at once and fill these columns in when loaded() arrives.
// A newer request supersedes one still running.
class ForesightLoader : public QObject {
    Q_OBJECT

public:
    explicit ForesightLoader(QObject* parent = nullptr);

    // The ledger to read; empty for none. What was loaded is forgotten.
    void setLedgerPath(const QString& path);
    void refresh(QDate asOf);
    bool isLoading() const;
    // The last index loaded; empty (never null) before the first.
    std::shared_ptr<const ForesightIndex> index() const { return m_index; }

Q_SIGNALS:
    void loaded();
    void failed(const ardesk::Error& error);
    void loadingChanged(bool loading);

private:
    JobRunner* m_jobs;
    QString m_path;
    std::shared_ptr<const ForesightIndex> m_index;
};

} // namespace ardesk
