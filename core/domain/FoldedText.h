#pragma once

#include <QString>
#include <QStringView>

namespace ardesk::FoldedText {

// `text` as a search compares it: compatibility-decomposed (NFKD) with the accents and other
// combining marks dropped, case-folded, and the Latin letters that have no decomposition
// spelled out (ß → ss, æ → ae, ø → o, ł → l, …). "Müller", "MULLER" and "muller" fold alike,
// so do "Ångström" and "angstrom". Also the order of names on screen when a list is too long
// to sort with QCollator: the folded name first, the name itself to break ties.
QString fold(QStringView text);

// Whether `text` contains `search`, both folded (a null or empty search matches everything).
bool contains(QStringView text, QStringView search);

} // namespace ardesk::FoldedText
