#pragma once

#include <optional>

#include <QColor>
#include <QStyledItemDelegate>

namespace ardesk {

// Draws a cell's text as a small coloured badge (a rounded pill), the cell itself as any other
// (selection, focus). Subclasses choose the colours from the index; the text stays, so the
// colour is never the only sign.
class BadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    struct Colors {
        QColor fill;
        QColor text;
    };

    // `widestText`: the longest text a badge shows, so that the column fits it.
    BadgeDelegate(QString widestText, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    // Nothing: the cell is drawn without a badge (no value).
    virtual std::optional<Colors> colors(const QModelIndex& index) const = 0;

private:
    QString m_widestText;
};

} // namespace ardesk
