#include "widgets/ScoreBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ardesk {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;

} // namespace

ScoreBadgeDelegate::ScoreBadgeDelegate(int scoreRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_scoreRole(scoreRole)
{}

ScoreBadgeDelegate::Band ScoreBadgeDelegate::band(int score)
{
    if (score >= 90)
        return Band::Sure;
    if (score >= 50)
        return Band::Likely;
    return Band::Unsure;
}

// Dark enough behind white text (and amber behind black) for a contrast of at least 4.5:1
// (WCAG AA), in the light and in the dark palette alike.
QColor ScoreBadgeDelegate::fill(Band band)
{
    switch (band) {
    case Band::Sure:
        return QColor(0x2e, 0x7d, 0x32);
    case Band::Likely:
        return QColor(0xf9, 0xa8, 0x25);
    case Band::Unsure:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QColor ScoreBadgeDelegate::text(Band band)
{
    return band == Band::Likely ? QColor(Qt::black) : QColor(Qt::white);
}

void ScoreBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    // The cell as any other (selection, focus), without its text; then the badge on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString number = cell.text;
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const Band scoreBand = band(index.data(m_scoreRole).toInt());
    const QFontMetrics metrics(cell.font);
    const int width = metrics.horizontalAdvance(number) + 2 * horizontalPadding;
    const int height = std::min(metrics.height() + 2 * verticalPadding, option.rect.height() - 2);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill(scoreBand));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(text(scoreBand));
    painter->setFont(cell.font);
    painter->drawText(badge, Qt::AlignCenter, number);
    painter->restore();
}

QSize ScoreBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(QStringLiteral("100")) +
                                             2 * horizontalPadding + 8));
    return size;
}

} // namespace ardesk
