#pragma once

#include <QLabel>

class QAbstractItemView;

namespace ardesk {

// The hint a list shows in place of rows when it has none ("This ledger has no invoices
// yet."): centred over the view's viewport, in the placeholder colour, and kept the viewport's
// size when it is resized.
class EmptyListLabel : public QLabel {
    Q_OBJECT

public:
    explicit EmptyListLabel(QAbstractItemView* view);

    void showMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitViewport();
};

} // namespace ardesk
