// The template editor's preview against the PDF that the reminder run writes for the same
// letter (Collections > Save Letters as PDF: LetterReminderOutput), rasterised by poppler's
// pdftoppm at the resolution the letters are laid out at.

#include <catch2/catch.hpp>

#include <algorithm>

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "FormDriving.h"
#include "UiTestLedger.h"
#include "dialogs/TemplateEditorDialog.h"
#include "domain/Clock.h"
#include "dunning/DunningLevelService.h"
#include "dunning/DunningService.h"
#include "dunning/LetterReminderOutput.h"
#include "ledger/LedgerInfoService.h"
#include "letters/LetterTemplateService.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "widgets/CustomerPicker.h"
#include "widgets/LetterPreview.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::UiTestLedger;

namespace {

// The pages of `pdf` as pictures at LetterPainter::resolution.
QList<QImage> rasterise(const QString& pdf)
{
    const QString prefix = pdf + u"-page"_s;
    QProcess process;
    process.start(QStringLiteral(ARDESK_PDFTOPPM),
                  {u"-r"_s, QString::number(LetterPainter::resolution), u"-png"_s, pdf, prefix});
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    const QFileInfo info(prefix);
    QList<QImage> pages;
    for (const QString& name :
         info.dir().entryList({info.fileName() + u"-*.png"_s}, QDir::Files, QDir::Name))
        pages.append(QImage(info.dir().filePath(name)));
    return pages;
}

// The largest difference in grey (0 to 255) between the mean of a block of 6 × 6 pixels
// (1.6 mm) of one picture and that of the other's same block, or of that block a pixel off in
// any direction: two renderers smooth a glyph's edges and round a line of text to pixels
// differently, but a line, a rule or a QR code module out of place, another font or size, or
// something missing changes a block's mean however it is rounded.
int blockDifference(const QImage& a, const QImage& b)
{
    constexpr int block = 6;
    if (std::abs(a.width() - b.width()) > 1 || std::abs(a.height() - b.height()) > 1)
        return 255;
    const QImage first = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage second = b.convertToFormat(QImage::Format_Grayscale8);
    const auto mean = [](const QImage& image, int left, int top) {
        int sum = 0;
        for (int y = top; y < top + block; ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = left; x < left + block; ++x)
                sum += line[x];
        }
        return sum / (block * block);
    };
    const int width = std::min(first.width(), second.width()) - 1;
    const int height = std::min(first.height(), second.height()) - 1;
    int worst = 0;
    for (int top = 1; top + block <= height; top += block) {
        for (int left = 1; left + block <= width; left += block) {
            const int here = mean(first, left, top);
            int best = 255;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx)
                    best = std::min(best, std::abs(here - mean(second, left + dx, top + dy)));
            }
            worst = std::max(worst, best);
        }
    }
    return worst;
}

QImage shiftedDown(const QImage& page, int pixels)
{
    QImage shifted(page.size(), page.format());
    shifted.fill(Qt::white);
    for (int y = pixels; y < page.height(); ++y)
        std::copy_n(page.constScanLine(y - pixels), page.bytesPerLine(), shifted.scanLine(y));
    return shifted;
}

} // namespace

TEST_CASE("Template editor: the preview shows the pages of the run's PDF letter",
          "[ui][templates][letters]")
{
    const ClockOverride clock(QDate(2026, 3, 2));
    // A letter of one page, and one whose items table goes on to further pages.
    const int invoices = GENERATE(2, 45);
    UiTestLedger ledger(5);
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount\n";
    for (int i = 0; i < invoices; ++i)
        csv += u"INV-%1,C0001,2026-01-05,2026-01-19,%2.40\n"_s.arg(1001 + i)
                   .arg(100 + 37 * i)
                   .toUtf8();
    ledger.load(ImportKind::Invoices, csv);
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    // Every part of a letter: the sender block, the foot, the payment block and its QR code.
    LedgerInfoService info(**database);
    const auto asRead = info.settings();
    REQUIRE(asRead.has_value());
    auto settings = asRead;
    settings->company.address = u"Speicherstadt 12\n20457 Hamburg\nGermany"_s;
    settings->company.phone = u"+49 40 1234567"_s;
    settings->company.email = u"buchhaltung@nordwind.example"_s;
    settings->company.taxId = u"DE123456789"_s;
    settings->company.registration = u"Amtsgericht Hamburg HRB 12345"_s;
    settings->company.payment.iban = u"DE89370400440532013000"_s;
    settings->company.payment.bic = u"COBADEFFXXX"_s;
    REQUIRE(info.saveSettings(*settings, *asRead));

    // The run's letter to Zephyr Bakery, written as Save Letters as PDF writes it.
    auto notices = DunningService(**database).select(Clock::today());
    REQUIRE(notices.has_value());
    const auto notice = std::ranges::find(*notices, u"C0001"_s, &ReminderNotice::customerCode);
    REQUIRE(notice != notices->end());
    const auto templates = LetterTemplateService(**database).templates();
    REQUIRE(templates.has_value());
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(u"run.pdf"_s);
    LetterReminderOutput output(settings->company, pdf, *templates);
    REQUIRE(output.deliver(*notice, {}));
    REQUIRE(output.finish());
    const QList<QImage> printed = rasterise(pdf);
    REQUIRE((printed.size() > 1) == (invoices > 2));

    // The editor on that letter's level, previewing that customer.
    auto levels = DunningLevelService(**database).levels();
    REQUIRE(levels.has_value());
    const auto level = std::ranges::find(*levels, notice->level.level, &DunningLevel::level);
    REQUIRE(level != levels->end());
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    TemplateEditorDialog dialog(**session, *levels, int(level - levels->begin()));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<CustomerPicker>(dialog, u"customerPicker"_s), u"C0001"_s);
    const auto* preview = child<LetterPreview>(dialog, u"letterPreview"_s);
    REQUIRE(preview->pages() != nullptr);
    REQUIRE(preview->text().contains(u"INV-%1"_s.arg(1000 + invoices)));

    // Page for page what the PDF shows: the same paper, letterhead, address window, date,
    // body, table, payment details, QR code and foot, at the same places.
    REQUIRE(preview->pages()->count() == printed.size());
    for (int i = 0; i < printed.size(); ++i) {
        INFO("page " << i + 1);
        const QImage page = preview->pages()->image(i);
        CHECK(page.size() == preview->pages()->pageSize());
        CHECK(blockDifference(page, printed.at(i)) < 40);
        // The comparison can tell: the same page 1 mm lower differs.
        CHECK(blockDifference(shiftedDown(page, 4), printed.at(i)) >= 40);
    }

    // And the widget shows those pages, scaled to its width.
    QCoreApplication::processEvents();
    const QPixmap shown = child<QLabel>(*preview, u"letterPagesLabel"_s)->pixmap();
    const QImage scaled = preview->pages()->image(0, preview->scale() * shown.devicePixelRatio());
    CHECK(shown.toImage().copy(QRect(QPoint(0, 0), scaled.size())) ==
          scaled.convertToFormat(shown.toImage().format()));
}
