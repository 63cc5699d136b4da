#pragma once

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include "widgets/MessageBoxes.h"

namespace ardesk::test {

// For a screenshot case: the next message box comes on screen for real instead of being
// answered by MessageBoxes' test hook, is saved as `file` in `folder`, and is then answered
// with `answer`. Made just before the step that asks; until it goes, message boxes are shown.
class MessageBoxShot {
public:
    MessageBoxShot(const QDir& folder, const QString& file, QMessageBox::StandardButton answer)
    {
        MessageBoxes::setInteractive(true);
        QTimer::singleShot(0, [this, path = folder.filePath(file), answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            REQUIRE(QTest::qWaitForWindowExposed(box));
            QCoreApplication::processEvents();
            m_saved = box->grab().save(path);
            box->button(answer)->click();
        });
    }
    ~MessageBoxShot() { MessageBoxes::setInteractive(false); }
    MessageBoxShot(const MessageBoxShot&) = delete;
    MessageBoxShot& operator=(const MessageBoxShot&) = delete;

    // Whether a message box came and was saved.
    bool saved() const { return m_saved; }

private:
    bool m_saved = false;
};

} // namespace ardesk::test
