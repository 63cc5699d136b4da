#pragma once

class QTableView;

namespace ardesk {

// The house look of every list: whole rows selected, alternating rows, no grid, no row
// numbers, no word wrap. Tab leaves the table for the next control (the arrow keys move inside
// it), as keyboard users expect of a form.
void applyTableViewStyle(QTableView* view);

} // namespace ardesk
