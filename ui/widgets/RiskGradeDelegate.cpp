#include "widgets/RiskGradeDelegate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

RiskGradeDelegate::RiskGradeDelegate(QObject* parent)
    : BadgeDelegate(u"W"_s, parent)
{}

// The same contrast rule as the match scores' badges (4.5:1 with their text).
QColor RiskGradeDelegate::fill(QChar grade)
{
    switch (grade.unicode()) {
    case u'A':
        return QColor(0x2e, 0x7d, 0x32);
    case u'B':
        return QColor(0x4a, 0x7a, 0x28);
    case u'C':
        return QColor(0xf9, 0xa8, 0x25);
    case u'D':
        return QColor(0xbf, 0x36, 0x0c);
    case u'E':
        return QColor(0xb7, 0x1c, 0x1c);
    default:
        return {};
    }
}

std::optional<BadgeDelegate::Colors> RiskGradeDelegate::colors(const QModelIndex& index) const
{
    const QString grade = index.data().toString();
    if (grade.size() != 1 || !fill(grade.front()).isValid())
        return std::nullopt;
    return Colors{.fill = fill(grade.front()),
                  .text = grade.front() == u'C' ? QColor(Qt::black) : QColor(Qt::white)};
}

} // namespace ardesk
