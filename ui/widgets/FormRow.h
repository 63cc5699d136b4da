#pragma once

#include <QString>

class QFormLayout;
class QLayout;
class QWidget;

namespace ardesk {

// Adds a form row whose field is a layout (a field with its unit, a choice with its value).
// QFormLayout gives such a row's label no buddy, so its mnemonic would show as a literal "&"
// and reach nothing: the label is made here with `buddy`, the layout's main widget.
void addFormRow(QFormLayout& form, const QString& label, QWidget* buddy, QLayout* field);

} // namespace ardesk
