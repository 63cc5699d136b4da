// The reminder as a business letter, read back from the PDF: the sender block and the return
// line from the company's details, the recipient's address line by line in the window of a
// DIN 5008 and of a US #10 envelope, the foot with registration, tax and bank details on
// every page, installments named as such, and a second page that repeats the table's header.

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "LetterSamples.h"
#include "PdfText.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

CompanyDetails company()
{
    CompanyDetails details = test::sampleCompany();
    details.registration = u"Registered in England and Wales No. 01234567"_s;
    details.payment.iban = u"DE89370400440532013000"_s;
    details.payment.bic = u"COBADEFFXXX"_s;
    return details;
}

void writeLetters(const QString& path, const QList<ReminderNotice>& notices,
                  const LetterLayout& layout = {}, const LetterTemplates& templates = {})
{
    LetterComposer composer(company(), templates);
    LetterPdfWriter writer(company(), layout);
    REQUIRE(writer.open(path));
    for (const ReminderNotice& notice : notices) {
        const auto letter = composer.reminder(notice);
        REQUIRE(letter);
        REQUIRE(writer.add(*letter));
    }
    REQUIRE(writer.finish());
    // ARDESK_KEEP_PRINTS=DIR keeps the PDFs, to look at them.
    if (const QString keep = qEnvironmentVariable("ARDESK_KEEP_PRINTS"); !keep.isEmpty()) {
        const QString name = QFileInfo(path).fileName();
        QFile::remove(keep + u'/' + name);
        QFile::copy(path, keep + u'/' + name);
    }
}

// The first word `text` on `page`; fails the test when there is none.
test::PdfWord word(const QList<test::PdfWord>& words, const QString& text, int page = 1)
{
    for (const test::PdfWord& candidate : words) {
        if (candidate.page == page && candidate.text == text)
            return candidate;
    }
    FAIL("no word \"" << text.toStdString() << "\" on page " << page);
    return {};
}

// A notice of `count` items, every third a plan's installment.
ReminderNotice longNotice(int count, const QString& language = u"en"_s)
{
    ReminderNotice notice = test::sampleNotice(1, language);
    const ReminderItem item = notice.items.constFirst();
    notice.items.clear();
    for (int i = 1; i <= count; ++i) {
        ReminderItem next = item;
        next.installment = i % 3 == 0;
        next.document =
            next.installment ? u"PLAN-7/%1"_s.arg(i) : u"DOC-%1"_s.arg(i, 3, 10, QChar(u'0'));
        notice.items.append(next);
    }
    return notice;
}

} // namespace

TEST_CASE("the letterhead is the sender block: name, address line by line, phone, e-mail",
          "[letters][pdf][business]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"letter-sender.pdf"_s);
    writeLetters(path, {test::sampleNotice(1, u"en"_s)});
    const auto words = test::pdfWords(path);

    // In the letterhead, above its rule (38 mm): the street above the town, left-aligned.
    const test::PdfWord street = word(words, u"Harbour"_s);
    const test::PdfWord town = word(words, u"BS1"_s);
    CHECK(street.box.bottom() < test::points(38));
    CHECK(street.box.top() < town.box.top());
    CHECK(word(words, u"12"_s).box.left() ==
          Approx(word(words, u"Bristol"_s).box.left()).margin(0.5));
    CHECK(word(words, u"accounts@acme.example"_s).box.bottom() < test::points(38));
    CHECK(word(words, u"496"_s).box.bottom() < test::points(38));

    // The return line in the window: the company's name and address on one line.
    const QString text = test::pdfText(path, 1);
    CHECK(text.contains(u"Acme Office Supplies Ltd · 12 Harbour Road · Bristol BS1 4AB"_s));
}

TEST_CASE("the recipient's address stands line by line in the window of either envelope",
          "[letters][pdf][business]")
{
    ReminderNotice notice = test::sampleNotice();
    notice.customerAddress = u"Hauptstraße 5\nHinterhaus\n10115 Berlin\nGermany"_s;
    const QTemporaryDir dir;

    SECTION("A4, DIN 5008 form B: the window 20 mm from the left, 45 mm from the top, 85 × 45 mm")
    {
        const QString path = dir.filePath(u"letter-window-a4.pdf"_s);
        writeLetters(path, {notice}, {.paper = PaperSize::A4});
        const auto words = test::pdfWords(path);
        const QRectF window(test::points(20), test::points(45), test::points(85), test::points(45));
        double top = 0;
        for (const QString& line :
             {u"Müller"_s, u"Hauptstraße"_s, u"Hinterhaus"_s, u"10115"_s, u"Germany"_s}) {
            const test::PdfWord found = word(words, line);
            CAPTURE(line.toStdString());
            CHECK(window.contains(found.box));
            CHECK(found.box.top() > top); // each on a line of its own, in order
            top = found.box.top();
        }
    }
    SECTION("US Letter in a #10 envelope: 2.04 to 3.17 in from the top, 7/8 to 4 3/8 in across")
    {
        const QString path = dir.filePath(u"letter-window-us.pdf"_s);
        writeLetters(path, {notice}, {.paper = PaperSize::Letter});
        const auto words = test::pdfWords(path);
        const QRectF window(0.875 * 72, 2.042 * 72, 3.5 * 72, 1.125 * 72);
        const QRectF din(test::points(20), test::points(45), test::points(85), test::points(45));
        double top = 0;
        for (const QString& line :
             {u"Müller"_s, u"Hauptstraße"_s, u"Hinterhaus"_s, u"10115"_s, u"Germany"_s}) {
            const test::PdfWord found = word(words, line);
            CAPTURE(line.toStdString(), found.box.top() / 72, found.box.bottom() / 72);
            CHECK(window.contains(found.box));
            CHECK(din.contains(found.box));
            CHECK(found.box.top() > top);
            top = found.box.top();
        }
    }
}

TEST_CASE("every page's foot has the registration, the tax id and the bank details",
          "[letters][pdf][business]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"letter-foot.pdf"_s);
    writeLetters(path, {longNotice(70)});
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 2);
    const auto words = test::pdfWords(path);
    for (int page = 1; page <= pages; ++page) {
        const QString text = test::pdfText(path, page);
        INFO("page " << page << ":\n" << text.toStdString());
        CHECK(text.contains(u"Registered in England and Wales No. 01234567"_s));
        CHECK(text.contains(u"Tax ID GB 123 4567 89"_s));
        CHECK(text.contains(u"IBAN DE89 3704 0044 0532 0130 00"_s));
        CHECK(text.contains(u"BIC COBADEFFXXX"_s));
        // At the foot: below the body, within the last 22 mm of an A4 page.
        CHECK(word(words, u"01234567"_s, page).box.top() > test::points(297 - 22));
    }
}

TEST_CASE("installments are named as such, invoices as invoices", "[letters][pdf][business]")
{
    const QString language = GENERATE(u"en"_s, u"de"_s);
    ReminderNotice notice = test::sampleNotice(1, language);
    notice.items[1].document = u"PLAN-7/2"_s;
    notice.items[1].installment = true;
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"letter-installment-%1.pdf"_s.arg(language));
    writeLetters(path, {notice});
    const QString text = test::pdfText(path).simplified();
    INFO(text.toStdString());
    if (language == u"en"_s) {
        CHECK(text.contains(u"Installment PLAN-7/2"_s));
        CHECK(text.contains(u"Invoice INV-1001"_s));
        CHECK(text.contains(u"Document Date Due date"_s));
        CHECK_FALSE(text.contains(u"Invoice PLAN"_s));
        CHECK_FALSE(text.contains(u"Invoice date"_s));
    } else {
        CHECK(text.contains(u"Rate PLAN-7/2"_s));
        CHECK(text.contains(u"Rechnung INV-1001"_s));
        CHECK_FALSE(text.contains(u"Rechnungsdatum"_s));
    }
}

TEST_CASE("a second page repeats the items table's header and says which page it is",
          "[letters][pdf][business]")
{
    const QString language = GENERATE(u"en"_s, u"fr"_s);
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"letter-long-%1.pdf"_s.arg(language));
    writeLetters(path, {longNotice(40, language)});
    const int pages = test::pdfPageCount(path);
    REQUIRE(pages >= 2);
    const QString first = test::pdfText(path, 1).simplified();
    const QString second = test::pdfText(path, 2).simplified();
    INFO(second.toStdString());
    if (language == u"en"_s) {
        CHECK(first.contains(u"Page 1 of %1"_s.arg(pages)));
        CHECK(second.contains(u"Page 2 of %1"_s.arg(pages)));
        CHECK(second.contains(u"Document Date Due date Days overdue Open (EUR)"_s));
    } else {
        CHECK(second.contains(u"Page 2 sur %1"_s.arg(pages)));
        CHECK(second.contains(u"Document Date Échéance Jours de retard"_s));
    }
    // Every item once in the table, none lost or doubled at the break.
    const QString all = test::pdfText(path).simplified() + u' ';
    const QString installment = language == u"en"_s ? u"Installment "_s : u"Versement "_s;
    const QString invoice = language == u"en"_s ? u"Invoice "_s : u"Facture "_s;
    for (int i = 1; i <= 40; ++i) {
        // As the items table names it (the payment block names each again by reference).
        const QString document =
            i % 3 == 0 ? u"PLAN-7/%1 "_s.arg(i) : u"DOC-%1 "_s.arg(i, 3, 10, QChar(u'0'));
        CHECK(all.count((i % 3 == 0 ? installment : invoice) + document) == 1);
    }
}

TEST_CASE("a ledger's own items table from before keeps rendering, with the new foot",
          "[letters][pdf][business]")
{
    // The English items table as shipped before it had a <thead> and the item's kind.
    LetterTemplates own;
    own.set(u"reminder-items"_s, u"en"_s,
            u"<table class=\"items\" width=\"100%\" cellspacing=\"0\">\n"
            "<tr><th>Invoice</th><th>Invoice date</th><th>Due date</th></tr>\n"
            "{{#items}}<tr><td>{{document}}</td><td>{{issue_date}}</td><td>{{due_date}}</td>"
            "</tr>{{/items}}\n</table>\n"_s);
    const QTemporaryDir dir;
    const QString path = dir.filePath(u"letter-own.pdf"_s);
    writeLetters(path, {test::sampleNotice(1, u"en"_s)}, {}, own);
    const QString text = test::pdfText(path).simplified();
    CHECK(text.contains(u"Invoice Invoice date Due date"_s));
    CHECK(text.contains(u"INV-1001 10/01/2026 09/02/2026"_s));
    CHECK(text.contains(u"Registered in England and Wales No. 01234567"_s));
}
