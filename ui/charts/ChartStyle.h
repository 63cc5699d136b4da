#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace ardesk {

// What the dashboard's charts share: a theme that follows the palette (light or dark), no
// animation (the data changes with the as-of date and should not bounce), the same axes.
class ChartStyle {
public:
    static void apply(QChartView& view, const QString& title);
    // Removes and deletes every series and axis, before the chart is filled again.
    static void clear(QChart& chart);
    // Green for current through red for the oldest bucket, whatever the bucket count.
    static QColor bucketColor(int index, int count);
    // The chart's category axis along the bottom, with these labels kept whole as the chart
    // changes size (CategoryLabels).
    static QBarCategoryAxis* categoryAxis(QChart& chart, const QStringList& labels);
    // A value axis from 0 with whole-number labels and the given title.
    static QValueAxis* valueAxis(const QString& title);
    // A category label broken into lines at its spaces: Qt Charts cuts a label that is wider
    // than its bar ("Nicht fä…") but lays out rich text on several lines.
    static QString stacked(const QString& label);
    // Short month labels for the first day of each month, in the user's locale, with the year
    // on the first and on January: "Nov 25", "Dec", "Jan 26", ...
    static QStringList monthLabels(const QList<QDate>& months);
};

} // namespace ardesk
