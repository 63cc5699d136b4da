#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>

class QBarCategoryAxis;
class QChart;

namespace ardesk {

// Keeps a category axis's labels whole as its chart changes size. Qt Charts cuts a label wider
// than its category ("M…" for May in a narrow chart, "Sept." in German): the labels' font
// shrinks a little first, the least change to the reader, and when that is not enough they
// stand upright, each on one line.
class CategoryLabels : public QObject {
    Q_OBJECT

public:
    // Fills the axis, already on the chart, with `labels` (rich text; lines broken with <br>)
    // and keeps them fitted; owned by the axis.
    static void install(QChart& chart, QBarCategoryAxis& axis, const QStringList& labels);

private:
    CategoryLabels(QChart& chart, QBarCategoryAxis& axis, const QStringList& labels);

    void fit();
    // The width the widest label takes laid out in `font`, as Qt Charts lays it out.
    qreal widest(const QFont& font) const;
    void show(const QStringList& labels, const QFont& font, qreal angle);

    QChart& m_chart;
    QBarCategoryAxis& m_axis;
    QStringList m_labels;
    QStringList m_upright; // one line each
    QStringList m_lines;   // every line of every label, as plain text
    QFont m_base;
};

} // namespace ardesk
