#include "widgets/ScoreBadgeDelegate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ScoreBadgeDelegate::ScoreBadgeDelegate(int scoreRole, QObject* parent)
    : BadgeDelegate(u"100"_s, parent)
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

std::optional<BadgeDelegate::Colors> ScoreBadgeDelegate::colors(const QModelIndex& index) const
{
    const Band scoreBand = band(index.data(m_scoreRole).toInt());
    return Colors{.fill = fill(scoreBand), .text = text(scoreBand)};
}

} // namespace ardesk
