#pragma once

#include <algorithm>

#include <QtGlobal>

namespace ardesk {

// Reads the page at `offset` of a list of `count` rows from whichever end is nearer.
//
// OFFSET makes SQLite step over every row it skips: on a million invoices the last page costs
// 0.5 s sorted by number and seconds sorted by customer, where the first costs milliseconds.
// A list whose order ends on a unique key and whose every term follows `descending` reverses
// exactly when `descending` flips, so a page in the far half is the same rows read from the
// end in the opposite order with a small offset, then turned round. `read(query, offset,
// limit)` returns a Result of a list.
template <typename Query, typename Read>
auto pageFromNearerEnd(const Query& query, qint64 offset, int limit, qint64 count, Read read)
    -> decltype(read(query, offset, limit))
{
    const qint64 end = std::min<qint64>(offset + limit, count);
    const qint64 fromEnd = count - end;
    if (offset <= fromEnd || end <= offset)
        return read(query, offset, limit);
    Query reversed = query;
    reversed.descending = !query.descending;
    auto rows = read(reversed, fromEnd, static_cast<int>(end - offset));
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

} // namespace ardesk
