// Every page in a dark palette: a widget or chart that paints its own light colours would
// stand out as a bright block on a dark screen. Each page of a demo company is rendered with a
// dark palette and must stay mostly dark, with light text on it. With ARDESK_SHOTS_DIR set the
// pictures are kept there to be looked at.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>

#include "demo/DemoLedgerGenerator.h"
#include "domain/CurrencyCode.h"
#include "printing/Screenshots.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x5c, 0xa8, 0xf0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7a, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7a, 0x7a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7a, 0x7a));
    return palette;
}

// Sets a palette for the scope of a test and puts the old one back.
class ApplicationPalette {
public:
    explicit ApplicationPalette(const QPalette& palette)
        : m_saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~ApplicationPalette() { QApplication::setPalette(m_saved); }
    ApplicationPalette(const ApplicationPalette&) = delete;
    ApplicationPalette& operator=(const ApplicationPalette&) = delete;

private:
    QPalette m_saved;
};

struct Brightness {
    double bright = 0; // share of pixels lighter than 200 of 255
    double light = 0;  // share lighter than 128: text, lines and chart series
};

Brightness measure(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 bright = 0;
    qint64 light = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            bright += line[x] > 200;
            light += line[x] > 128;
        }
    }
    const double pixels = double(grey.width()) * grey.height();
    return {bright / pixels, light / pixels};
}

} // namespace

TEST_CASE("Every page reads in a dark palette", "[ui][palette]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString ledger = dir.filePath(u"demo.ardesk"_s);
    ardesk::DemoParameters parameters;
    parameters.today = QDate(2026, 11, 23);
    REQUIRE(ardesk::DemoLedgerGenerator::buildLedger(ledger, u"Brightwater Trading Ltd"_s,
                                                     *ardesk::CurrencyCode::fromCode(u"EUR"),
                                                     parameters)
                .has_value());

    const ApplicationPalette dark(darkPalette());
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger));
    const QString shots = qEnvironmentVariableIsSet("ARDESK_SHOTS_DIR")
                              ? qEnvironmentVariable("ARDESK_SHOTS_DIR") + u"/dark"_s
                              : dir.filePath(u"shots"_s);
    const auto files = ardesk::Screenshots::save(window, shots);
    REQUIRE(files.has_value());
    REQUIRE(files->size() == window.pages().size());
    for (const QString& file : std::as_const(*files)) {
        INFO(file.toStdString());
        const Brightness brightness = measure(QImage(file));
        CHECK(brightness.bright < 0.05);
        CHECK(brightness.light > 0.005);
    }
}
