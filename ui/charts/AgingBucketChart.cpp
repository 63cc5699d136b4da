#include "charts/AgingBucketChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "charts/ChartStyle.h"
#include "text/AgingLabels.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

AgingBucketChart::AgingBucketChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(u"agingBucketChartView"_s);
    setAccessibleName(tr("Aging buckets"));
    ChartStyle::apply(*this, tr("Aging"));
    chart()->legend()->hide();
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click a bar to list its invoices"));
}

void AgingBucketChart::clear()
{
    ChartStyle::clear(*chart());
    m_totals.clear();
    m_currency.reset();
}

void AgingBucketChart::setTotals(const AgingBuckets& buckets, const QList<qint64>& totalsMinor,
                                 CurrencyCode currency)
{
    clear();
    m_totals = totalsMinor;
    m_currency = currency;
    // One set per bucket with a value only in its own column, stacked: each bar gets the
    // bucket's colour (a single set has one colour), and a set's click names the column.
    auto* series = new QStackedBarSeries;
    QStringList categories;
    double highest = 0;
    const int count = static_cast<int>(totalsMinor.size());
    for (int i = 0; i < count; ++i) {
        const QString label = AgingLabels::bucket(buckets, i);
        categories.append(ChartStyle::stacked(label));
        auto* set = new QBarSet(label);
        set->setColor(ChartStyle::bucketColor(i, count));
        set->setBorderColor(set->color().darker(120));
        // Chart geometry only: the tiles and the tooltips show the exact amount.
        const double value =
            static_cast<double>(totalsMinor[i]) / static_cast<double>(currency.minorPerMajor());
        highest = std::max(highest, value);
        for (int j = 0; j < count; ++j)
            *set << (i == j ? value : 0.0);
        connect(set, &QBarSet::clicked, this, &AgingBucketChart::bucketClicked);
        connect(set, &QBarSet::hovered, this, &AgingBucketChart::showToolTip);
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);

    QBarCategoryAxis* axisX = ChartStyle::categoryAxis(*chart(), categories);
    axisX->setTitleText(tr("Days overdue"));
    series->attachAxis(axisX);
    QValueAxis* axisY = ChartStyle::valueAxis(currency.code());
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // An empty ledger still gets a readable axis rather than a range of zero.
    axisY->setRange(0, std::max(highest, 1.0));
    axisY->applyNiceNumbers();
}

void AgingBucketChart::showToolTip(bool hovered, int bucket)
{
    if (!hovered || !m_currency || bucket < 0 || bucket >= m_totals.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       NumberFormat::money(m_totals[bucket], *m_currency, QLocale()), this);
}

} // namespace ardesk
