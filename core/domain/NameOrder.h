#pragma once

namespace ardesk {

// How a list orders customers by name: by code point, the order the command line promises
// (docs/contract.md), or by the folded name (FoldedText::fold) and then the name, the order the
// desktop shows, where "Ångström" and "Bäckerei" stand among the A's and B's.
enum class NameOrder { CodePoint, Folded };

} // namespace ardesk
