#include "widgets/EmptyListLabel.h"

#include <QAbstractItemView>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
constexpr int viewportMargin = 24;
} // namespace

EmptyListLabel::EmptyListLabel(QAbstractItemView* view)
    : QLabel(view->viewport())
{
    setObjectName(u"emptyStateLabel"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
    parentWidget()->installEventFilter(this);
}

void EmptyListLabel::showMessage(const QString& message)
{
    setText(message);
    fitViewport();
    show();
}

bool EmptyListLabel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitViewport();
    return QLabel::eventFilter(watched, event);
}

void EmptyListLabel::fitViewport()
{
    setGeometry(parentWidget()->rect().adjusted(viewportMargin, viewportMargin, -viewportMargin,
                                                -viewportMargin));
}

} // namespace ardesk
