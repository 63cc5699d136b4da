#pragma once

#include <optional>

#include <QChartView>
#include <QList>

#include "domain/AgingBuckets.h"
#include "domain/CurrencyCode.h"

namespace ardesk {

// The aging as of one date, a bar per bucket in the bucket's colour; clicking a bar asks for
// the invoices in it.
class AgingBucketChart : public QChartView {
    Q_OBJECT

public:
    explicit AgingBucketChart(QWidget* parent = nullptr);

    // Totals in minor units, one per bucket of `buckets`.
    void setTotals(const AgingBuckets& buckets, const QList<qint64>& totalsMinor,
                   CurrencyCode currency);
    void clear();

Q_SIGNALS:
    void bucketClicked(int bucket);

private:
    void showToolTip(bool hovered, int bucket);

    QList<qint64> m_totals;
    std::optional<CurrencyCode> m_currency;
};

} // namespace ardesk
