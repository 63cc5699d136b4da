#include "charts/CategoryLabels.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// How far the labels' font may shrink before they stand upright instead.
constexpr qreal smallestFontShare = 0.8;
constexpr qreal fontStep = 0.5; // points

} // namespace

void CategoryLabels::install(QChart& chart, QBarCategoryAxis& axis, const QStringList& labels)
{
    auto* keeper = new CategoryLabels(chart, axis, labels);
    connect(&chart, &QChart::plotAreaChanged, keeper, &CategoryLabels::fit);
    keeper->fit();
}

CategoryLabels::CategoryLabels(QChart& chart, QBarCategoryAxis& axis, const QStringList& labels)
    : QObject(&axis)
    , m_chart(chart)
    , m_axis(axis)
    , m_labels(labels)
    , m_base(axis.labelsFont())
{
    for (const QString& label : labels) {
        const QStringList lines = QTextDocumentFragment::fromHtml(label).toPlainText().split(u'\n');
        m_lines += lines;
        m_upright.append(lines.join(u' ').toHtmlEscaped());
    }
    m_axis.append(m_labels);
}

qreal CategoryLabels::widest(const QFont& font) const
{
    const QFontMetricsF metrics(font);
    qreal width = 0;
    for (const QString& line : m_lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    // Each label is a text document, with its margin on both sides; a pixel for rounding.
    return width + 2 * QTextDocument().documentMargin() + 1;
}

void CategoryLabels::fit()
{
    if (m_labels.isEmpty() || m_chart.plotArea().isEmpty())
        return;
    const qreal room = m_chart.plotArea().width() / m_labels.size();
    QFont font = m_base;
    while (widest(font) > room &&
           font.pointSizeF() - fontStep >= smallestFontShare * m_base.pointSizeF())
        font.setPointSizeF(font.pointSizeF() - fontStep);
    if (widest(font) <= room)
        show(m_labels, font, 0);
    else
        show(m_upright, m_base, -90);
}

void CategoryLabels::show(const QStringList& labels, const QFont& font, qreal angle)
{
    // Each change lays the chart out again and comes back here: change only what differs.
    if (m_axis.categories() != labels)
        m_axis.setCategories(labels);
    if (m_axis.labelsFont() != font)
        m_axis.setLabelsFont(font);
    if (m_axis.labelsAngle() != angle)
        m_axis.setLabelsAngle(static_cast<int>(angle));
}

} // namespace ardesk
