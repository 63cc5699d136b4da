#include "widgets/DateEdit.h"

#include <QKeyEvent>

namespace ardesk {

DateEdit::DateEdit(QWidget* parent)
    : DateEdit(QDate(), parent)
{}

DateEdit::DateEdit(QDate date, QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    if (date.isValid())
        setDate(date);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // QDateTimeEdit moves to its next section here and keeps the focus; a form moves on.
    return QWidget::focusNextPrevChild(next);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // QDateTimeEdit eats Tab while it shows its special value text; the form still moves on.
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            const bool forward =
                event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (plain) {
            const bool right = event->key() == Qt::Key_Right;
            const bool forward = layoutDirection() == Qt::RightToLeft ? !right : right;
            selectSection(forward ? 1 : -1);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QDateEdit::keyPressEvent(event);
}

bool DateEdit::selectSection(int step)
{
    const int index = currentSectionIndex() + step;
    if (index < 0 || index >= sectionCount())
        return false;
    // The text typed so far is taken first, as leaving the section with the mouse would.
    interpretText();
    setCurrentSectionIndex(index);
    setSelectedSection(currentSection());
    return true;
}

} // namespace ardesk
