#include "widgets/SearchField.h"

#include <QLineEdit>
#include <QTimer>

#include "widgets/SearchFieldKeys.h"

namespace ardesk {

void setUpSearchField(QLineEdit* field, QTableView* results, QTimer* typingDelay, int delayMs,
                      int widthChars, const std::function<void()>& apply)
{
    field->setClearButtonEnabled(true);
    const int width = field->fontMetrics().averageCharWidth() * widthChars;
    field->setMinimumWidth(width * 3 / 4);
    field->setMaximumWidth(width);
    new SearchFieldKeys(field, results, typingDelay, apply);

    typingDelay->setSingleShot(true);
    typingDelay->setInterval(delayMs);
    QObject::connect(typingDelay, &QTimer::timeout, field, apply);
    QObject::connect(field, &QLineEdit::returnPressed, field, apply);
    // Without a delay the timer never runs, and SearchFieldKeys has nothing to hurry.
    if (delayMs > 0)
        QObject::connect(field, &QLineEdit::textChanged, typingDelay, qOverload<>(&QTimer::start));
    else
        QObject::connect(field, &QLineEdit::textChanged, field, apply);
}

} // namespace ardesk
