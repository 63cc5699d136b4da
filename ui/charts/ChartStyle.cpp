#include "charts/ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include "charts/CategoryLabels.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void ChartStyle::apply(QChartView& view, const QString& title)
{
    QChart* chart = view.chart();
    const bool dark = view.palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme paints its own background; the widget's palette is what the user chose.
    chart->setBackgroundBrush(view.palette().brush(QPalette::Base));
    chart->setTitleBrush(view.palette().brush(QPalette::Text));
    chart->legend()->setLabelColor(view.palette().color(QPalette::Text));
    QFont titleFont = view.font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    // Axis labels in the user's locale, with its thousands separators ("150.000.000" in
    // German), not printf's bare digits.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    view.setRenderHint(QPainter::Antialiasing);
    view.setMinimumHeight(220);
}

void ChartStyle::clear(QChart& chart)
{
    chart.removeAllSeries();
    // removeAxis() gives the axis back to the caller rather than deleting it.
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
}

QColor ChartStyle::bucketColor(int index, int count)
{
    const int hue = count > 1 ? 120 - 120 * index / (count - 1) : 120;
    return QColor::fromHsv(hue, 190, 205);
}

QBarCategoryAxis* ChartStyle::categoryAxis(QChart& chart, const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    chart.addAxis(axis, Qt::AlignBottom);
    CategoryLabels::install(chart, *axis, labels);
    return axis;
}

QValueAxis* ChartStyle::valueAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    // Whole units: the chart localises the number (ChartStyle::apply).
    axis->setLabelFormat(u"%.0f"_s);
    axis->setMin(0);
    return axis;
}

QString ChartStyle::stacked(const QString& label)
{
    return label.toHtmlEscaped().replace(u' ', u"<br>"_s);
}

QStringList ChartStyle::monthLabels(const QList<QDate>& months)
{
    const QLocale locale;
    QStringList labels;
    labels.reserve(months.size());
    for (const QDate& month : months) {
        // The year only where it starts (and on the first month), below the month: twelve
        // "Sept. 26" labels side by side do not fit a dashboard chart in every language.
        QString label = locale.monthName(month.month(), QLocale::ShortFormat);
        if (labels.isEmpty() || month.month() == 1)
            label += u' ' + locale.toString(month, u"yy"_s);
        labels.append(stacked(label));
    }
    return labels;
}

} // namespace ardesk
