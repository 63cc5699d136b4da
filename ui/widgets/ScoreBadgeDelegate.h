#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace ardesk {

// Draws a match score as a small coloured badge with the number in it: green from 90 (what
// "Post all" posts), amber from 50 (a customer is known), grey below (nothing sure). The number
// stays, so the colour is never the only sign. The score comes from `scoreRole` of the index.
class ScoreBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum class Band { Sure, Likely, Unsure };

    ScoreBadgeDelegate(int scoreRole, QObject* parent = nullptr);

    static Band band(int score);
    // The badge's fill and text colours.
    static QColor fill(Band band);
    static QColor text(Band band);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_scoreRole;
};

} // namespace ardesk
