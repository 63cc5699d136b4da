#pragma once

#include <catch2/catch.hpp>

#include <QString>

// Readable failure messages for QString comparisons; every test file here includes this, so the
// specialisation is the same in all of them.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
