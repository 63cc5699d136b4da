// FoldedText: names as a search compares them, case and accents aside.

#include <catch2/catch.hpp>

#include "domain/FoldedText.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

TEST_CASE("FoldedText drops case and accents and spells out letters without a decomposition",
          "[domain][text]")
{
    const auto [text, folded] = GENERATE(table<QString, QString>({
        {u"Müller"_s, u"muller"_s},
        {u"MÜLLER"_s, u"muller"_s},
        {u"Ångström"_s, u"angstrom"_s},
        {u"Bäckerei Süd"_s, u"backerei sud"_s},
        {u"Crème Brûlée"_s, u"creme brulee"_s},
        {u"Straße"_s, u"strasse"_s},
        {u"STRAẞE"_s, u"strasse"_s},
        {u"Øresund"_s, u"oresund"_s},
        {u"Æbeltoft"_s, u"aebeltoft"_s},
        {u"Łódź"_s, u"lodz"_s},
        {u"Œuvre"_s, u"oeuvre"_s},
        {u"ﬁle"_s, u"file"_s}, // a compatibility ligature
        {u"Zephyr Bakery"_s, u"zephyr bakery"_s},
        {u"100% Organic_Foods"_s, u"100% organic_foods"_s},
        {u""_s, u""_s},
    }));
    INFO(text.toStdString());
    CHECK(FoldedText::fold(text) == folded);
    // A folded text folds to itself.
    CHECK(FoldedText::fold(folded) == folded);
}

TEST_CASE("FoldedText::contains finds a name however it is typed", "[domain][text]")
{
    CHECK(FoldedText::contains(u"Bäckerei Müller", u"muller"));
    CHECK(FoldedText::contains(u"Bäckerei Müller", u"BACKEREI"));
    CHECK(FoldedText::contains(u"Muller & Co", u"Müller"));
    CHECK(FoldedText::contains(u"anything", u""));
    CHECK_FALSE(FoldedText::contains(u"Bäckerei Müller", u"miller"));
}
