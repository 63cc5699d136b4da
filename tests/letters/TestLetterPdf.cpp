#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include "LetterSamples.h"
#include "PdfText.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

// The DIN 5008 window of a C6/5 or DL window envelope, in points.
const QRectF addressWindow(test::points(20), test::points(45), test::points(85), test::points(45));

void writeLetters(const QString& path, const QList<ReminderNotice>& notices,
                  const LetterLayout& layout = {})
{
    LetterComposer composer(test::sampleCompany());
    LetterPdfWriter writer(test::sampleCompany(), layout);
    REQUIRE(writer.open(path));
    for (const ReminderNotice& notice : notices) {
        const auto letter = composer.reminder(notice);
        REQUIRE(letter);
        REQUIRE(writer.add(*letter));
    }
    REQUIRE(writer.finish());
}

QList<test::PdfWord> wordsOf(const QList<test::PdfWord>& words, const QString& text, int page)
{
    QList<test::PdfWord> found;
    for (const test::PdfWord& word : words) {
        if (word.page == page && text.split(u' ').contains(word.text))
            found.append(word);
    }
    return found;
}

} // namespace

TEST_CASE("a reminder PDF reads back with the customer, the documents and the total",
          "[letters][pdf]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"reminder.pdf"_s);
    writeLetters(path, {test::sampleNotice(3, u"de"_s)});

    const QString text = test::pdfText(path);
    CHECK(text.contains(u"Müller Bau GmbH"_s));
    CHECK(text.contains(u"INV-1001"_s));
    CHECK(text.contains(u"INV-1002"_s));
    CHECK(text.contains(u"1.357,41"_s));
    CHECK(text.contains(u"Letzte Mahnung"_s));
    CHECK(text.contains(u"Acme Office Supplies Ltd"_s)); // "ff" stays letters, not a ligature
    CHECK(test::pdfPageCount(path) == 1);
}

TEST_CASE("the address block sits inside the envelope window", "[letters][pdf]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"window.pdf"_s);
    const PaperSize paper = GENERATE(PaperSize::A4, PaperSize::Letter);
    writeLetters(path, {test::sampleNotice()}, {.paper = paper});

    const auto words = test::pdfWords(path);
    const auto address = wordsOf(words, u"Müller Bau GmbH Hauptstraße 5 10115 Berlin"_s, 1);
    REQUIRE(address.size() == 7);
    for (const test::PdfWord& word : address) {
        CAPTURE(word.text.toStdString(), word.box.x(), word.box.y());
        CHECK(addressWindow.contains(word.box));
    }
    // The name above the street above the town, left-aligned.
    CHECK(address.at(0).box.top() < address.at(3).box.top());
    CHECK(address.at(3).box.top() < address.at(5).box.top());
    CHECK(address.at(0).box.left() == Approx(address.at(5).box.left()).margin(0.5));
}

TEST_CASE("one PDF holds a run: each letter starts on its own page", "[letters][pdf]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"run.pdf"_s);
    writeLetters(path, {test::sampleNotice(1, u"en"_s, u"Alpha Ltd"_s),
                        test::sampleNotice(2, u"fr"_s, u"Bêta SARL"_s),
                        test::sampleNotice(4, u"es"_s, u"Gamma S.L."_s)});
    REQUIRE(test::pdfPageCount(path) == 3);
    CHECK(test::pdfText(path, 1).contains(u"Alpha Ltd"_s));
    CHECK(test::pdfText(path, 2).contains(u"Bêta SARL"_s));
    CHECK(test::pdfText(path, 2).contains(u"Deuxième rappel"_s));
    CHECK(test::pdfText(path, 3).contains(u"Gamma S.L."_s));
    CHECK(test::pdfText(path, 3).contains(u"agencia de cobro"_s));
}

TEST_CASE("a long letter continues on further pages without losing an item", "[letters][pdf]")
{
    ReminderNotice notice = test::sampleNotice();
    const ReminderItem item = notice.items.constFirst();
    notice.items.clear();
    for (int i = 1; i <= 80; ++i) {
        ReminderItem next = item;
        next.document = u"DOC-%1"_s.arg(i, 3, 10, QChar(u'0'));
        notice.items.append(next);
    }
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    writeLetters(path, {notice});

    const int pages = test::pdfPageCount(path);
    CHECK(pages >= 3);
    const QString text = test::pdfText(path);
    for (int i = 1; i <= 80; ++i)
        CHECK(text.count(u"DOC-%1"_s.arg(i, 3, 10, QChar(u'0'))) == 1);
    CHECK(test::pdfText(path, pages).contains(u"Yours faithfully"_s));
}

TEST_CASE("letters: a logo in the letterhead, a PDF in memory, errors", "[letters][pdf]")
{
    const QTemporaryDir dir;
    QImage logo(200, 80, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = dir.filePath(u"logo.png"_s);
    REQUIRE(logo.save(logoPath));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    LetterPdfWriter writer(test::sampleCompany(), {.logoPath = logoPath});
    REQUIRE(writer.open(&buffer));
    const auto letter = LetterComposer(test::sampleCompany()).reminder(test::sampleNotice());
    REQUIRE(letter);
    REQUIRE(writer.add(*letter));
    REQUIRE(writer.finish());
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("/Subtype /Image"));

    LetterPdfWriter noLogo(test::sampleCompany(), {.logoPath = dir.filePath(u"none.png"_s)});
    const auto refused = noLogo.open(dir.filePath(u"x.pdf"_s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Io);

    // Nothing appears until finish(): a run that fails half way leaves no partial file.
    const QString partial = dir.filePath(u"partial.pdf"_s);
    {
        LetterPdfWriter unfinished(test::sampleCompany());
        REQUIRE(unfinished.open(partial));
        REQUIRE(unfinished.add(*letter));
    }
    CHECK_FALSE(QFileInfo::exists(partial));
}
