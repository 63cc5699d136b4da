#include "widgets/FormRow.h"

#include <QFormLayout>
#include <QLabel>

namespace ardesk {

void addFormRow(QFormLayout& form, const QString& label, QWidget* buddy, QLayout* field)
{
    // Parented with the rest of the form once the form is on its widget.
    auto* text = new QLabel(label);
    text->setBuddy(buddy);
    form.addRow(text, field);
}

} // namespace ardesk
