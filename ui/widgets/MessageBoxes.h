#pragma once

#include <optional>

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace ardesk {

// Every message box of the application goes through here, so that tests can answer one in
// advance instead of blocking on a modal dialog, and can check what it said.
class MessageBoxes {
public:
    struct Shown {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString details;
    };

    // `details` (technical, possibly untranslated) goes behind the "Show Details" button.
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title,
                                                const QString& text,
                                                const QString& details = QString());
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title,
                                               const QString& text,
                                               const QString& details = QString());
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // Test hooks: the next message box is not shown but answered with `answer` at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Without a user (screenshots, tests): message boxes go to the log instead and are answered
    // with their default button, so that nothing waits for a click that never comes.
    static void setInteractive(bool interactive);
    // The last message box requested (shown or answered by the hook), if any.
    static std::optional<Shown> lastShown();
    // The object names of the dialogs on screen when the last message box was requested: a
    // result must not come up under a progress dialog left behind, where no key reaches it.
    static QStringList lastShownOver();
    static void clearLastShown();

private:
    static QMessageBox::StandardButton show(QWidget* parent, const Shown& message,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ardesk
