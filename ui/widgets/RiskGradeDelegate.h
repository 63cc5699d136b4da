#pragma once

#include "widgets/BadgeDelegate.h"

namespace ardesk {

// A customer's risk grade (A to E) as a badge, green for A through red for E. The grade is the
// cell's text; a cell without one (no open items, no prediction yet) is drawn plain.
class RiskGradeDelegate : public BadgeDelegate {
    Q_OBJECT

public:
    explicit RiskGradeDelegate(QObject* parent = nullptr);

    // The fill of a grade; the text on it is white for every grade but C, which is black.
    static QColor fill(QChar grade);

protected:
    std::optional<Colors> colors(const QModelIndex& index) const override;
};

} // namespace ardesk
