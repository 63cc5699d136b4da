#pragma once

#include <functional>

class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

// The search field of a list page: a clear button, room for about `widthChars` characters,
// the keys of SearchFieldKeys, and `apply` run at once on Enter, else once typing pauses for
// `delayMs` (on `typingDelay`, made single-shot here) so that a fast typist causes one query
// rather than one per key. A list held in memory passes 0 and filters on every key.
void setUpSearchField(QLineEdit* field, QTableView* results, QTimer* typingDelay, int delayMs,
                      int widthChars, const std::function<void()>& apply);

} // namespace ardesk
