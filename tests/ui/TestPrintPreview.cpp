// Print previews open within the screen: their title bar and buttons stay in reach on a small
// laptop screen.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QTimer>

#include "printing/LetterPrinting.h"
#include "widgets/ScreenFit.h"

using namespace Qt::StringLiterals;

TEST_CASE("A letter's print preview is no larger than the screen", "[ui][letters]")
{
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
    // The test's screen must be smaller than the preview would like, or nothing is shown.
    REQUIRE((room.height() < 1000 || room.width() < 900));
    QSize shown;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        CHECK(dialog->objectName() == u"letterPreviewDialog"_s);
        shown = dialog->size();
        seen = true;
        dialog->reject();
    });
    ardesk::CompanyDetails company;
    company.name = u"Brightwater Trading Ltd"_s;
    ardesk::LetterPrinting::preview(nullptr, u"Statement"_s, company, {});
    REQUIRE(seen);
    CHECK(shown.width() <= room.width());
    CHECK(shown.height() <= room.height());
}

TEST_CASE("A window fits the screen only where it must", "[ui]")
{
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
    QWidget small;
    ardesk::ScreenFit::resize(small, QSize(200, 150), nullptr);
    CHECK(small.size() == QSize(200, 150));
    QWidget large;
    ardesk::ScreenFit::resize(large, room * 2, nullptr);
    CHECK(large.width() <= room.width());
    CHECK(large.height() <= room.height());
    CHECK(large.width() >= room.width() * 8 / 10);
}
