#pragma once

#include "widgets/BadgeDelegate.h"

namespace ardesk {

// A match score as a badge: green from 90 (what "Post all" posts), amber from 50 (a customer is
// known), grey below (nothing sure). The score comes from `scoreRole` of the index.
class ScoreBadgeDelegate : public BadgeDelegate {
    Q_OBJECT

public:
    enum class Band { Sure, Likely, Unsure };

    ScoreBadgeDelegate(int scoreRole, QObject* parent = nullptr);

    static Band band(int score);
    // The badge's fill and text colours.
    static QColor fill(Band band);
    static QColor text(Band band);

protected:
    std::optional<Colors> colors(const QModelIndex& index) const override;

private:
    int m_scoreRole;
};

} // namespace ardesk
