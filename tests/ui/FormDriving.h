#pragma once

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

namespace ardesk::test {

// The child of `parent` (a widget, an action, …) with this object name; the test stops when
// there is none.
template <typename T>
T* child(const QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    INFO("no " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

template <typename T>
T* child(const QObject* parent, const QString& name)
{
    REQUIRE(parent != nullptr);
    return child<T>(*parent, name);
}

// Replaces the text of the line edit named `name` by typing, as a user would.
inline void type(QWidget& parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace ardesk::test
