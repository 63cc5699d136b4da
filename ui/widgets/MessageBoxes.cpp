#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QDebug>
#include <QDialog>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<MessageBoxes::Shown> last;
QStringList lastOver;
bool interactive = true;
} // namespace

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, const Shown& message,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    last = message;
    lastOver.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget* window : windows) {
        if (window->isVisible() && qobject_cast<const QDialog*>(window))
            lastOver.append(window->objectName());
    }
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (!interactive) {
        qWarning().noquote() << message.title + u": "_s + message.text +
                                    (message.details.isEmpty() ? QString()
                                                               : u" ("_s + message.details + u')');
        return defaultButton;
    }
    QMessageBox box(message.icon, message.title, message.text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!message.details.isEmpty())
        box.setDetailedText(message.details);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBoxes::critical(QWidget* parent, const QString& title,
                                                   const QString& text, const QString& details)
{
    return show(parent, {QMessageBox::Critical, title, text, details}, QMessageBox::Ok,
                QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::warning(QWidget* parent, const QString& title,
                                                  const QString& text, const QString& details)
{
    return show(parent, {QMessageBox::Warning, title, text, details}, QMessageBox::Ok,
                QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::information(QWidget* parent, const QString& title,
                                                      const QString& text)
{
    return show(parent, {QMessageBox::Information, title, text, QString()}, QMessageBox::Ok,
                QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title,
                                                   const QString& text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    return show(parent, {QMessageBox::Question, title, text, QString()}, buttons, defaultButton);
}

void MessageBoxes::setInteractive(bool enabled)
{
    interactive = enabled;
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

std::optional<MessageBoxes::Shown> MessageBoxes::lastShown()
{
    return last;
}

QStringList MessageBoxes::lastShownOver()
{
    return lastOver;
}

void MessageBoxes::clearLastShown()
{
    last.reset();
    lastOver.clear();
}

} // namespace ardesk
