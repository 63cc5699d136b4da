#include "widgets/BadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace ardesk {

namespace {

constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 2;

} // namespace

BadgeDelegate::BadgeDelegate(QString widestText, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_widestText(std::move(widestText))
{}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const std::optional<Colors> badgeColors = colors(index);
    if (!badgeColors) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell as any other (selection, focus), without its text; then the badge on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString label = cell.text;
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QFontMetrics metrics(cell.font);
    const int width = metrics.horizontalAdvance(label) + 2 * horizontalPadding;
    const int height = std::min(metrics.height() + 2 * verticalPadding, option.rect.height() - 2);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColors->fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(badgeColors->text);
    painter->setFont(cell.font);
    painter->drawText(badge, Qt::AlignCenter, label);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(std::max(size.width(),
                           metrics.horizontalAdvance(m_widestText) + 2 * horizontalPadding + 8));
    return size;
}

} // namespace ardesk
