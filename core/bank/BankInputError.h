#pragma once

#include <expected>

#include <QString>

#include "domain/Error.h"

namespace ardesk {

// A problem in a bank file, located the way the contract asks for:
// "file:line:column: what was expected". Line and column are 1-based.
inline std::unexpected<Error> bankInputError(const QString& file, int line, int column,
                                             const QString& what)
{
    return fail(ErrorCode::InvalidInput, file + u':' + QString::number(line) + u':' +
                                             QString::number(column) + u": " + what);
}

} // namespace ardesk
