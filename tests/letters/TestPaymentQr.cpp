// How to pay, as the customer gets it: the payment details and references in the letter's text,
// the QR code read off the rendered page (pdftoppm + zbarimg) field by field, and the same in
// the reminder e-mail.

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "LetterSamples.h"
#include "PdfQrCode.h"
#include "PdfText.h"
#include "domain/CreditorReference.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"
#include "mail/ReminderMail.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

// pdftotext reads the payment block's table a column at a time: all labels, then the values.
void checkRow(const QString& text, const QString& label, const QString& value)
{
    CAPTURE(label.toStdString(), value.toStdString());
    const qsizetype at = text.indexOf(label);
    CHECK(at >= 0);
    CHECK(text.indexOf(value, at + label.size()) > at);
}

CompanyDetails payingCompany(const QString& linkPattern = {})
{
    CompanyDetails company = test::sampleCompany();
    company.payment = {.accountHolder = u"Acme Office Supplies Ltd"_s,
                       .iban = u"DE89370400440532013000"_s,
                       .bic = u"COBADEFFXXX"_s,
                       .accountNumber = {},
                       .routing = {},
                       .paymentLinkPattern = linkPattern};
    return company;
}

// The notice's letter as a one-page PDF in `dir`.
QString reminderPdf(const QTemporaryDir& dir, const CompanyDetails& company,
                    const ReminderNotice& notice)
{
    const QString path = dir.filePath(u"letter.pdf"_s);
    const auto letter = LetterComposer(company).reminder(notice);
    REQUIRE(letter);
    LetterPdfWriter writer(company);
    REQUIRE(writer.open(path));
    REQUIRE(writer.add(*letter));
    REQUIRE(writer.finish());
    return path;
}

ReminderNotice oneInvoiceNotice(const QString& language = u"en"_s)
{
    ReminderNotice notice = test::sampleNotice(1, language);
    notice.items.removeLast(); // INV-1001 alone: 1,234.50 open
    notice.totalOverdueMinor = 123450;
    notice.interestMinor = 0;
    notice.feeMinor = 500;
    notice.totalDueMinor = 123950;
    return notice;
}

} // namespace

TEST_CASE("A reminder for one invoice carries its creditor reference in text and GiroCode",
          "[letters][payment][qr]")
{
    const QTemporaryDir dir;
    const QString pdf = reminderPdf(dir, payingCompany(), oneInvoiceNotice());
    const QString reference = *CreditorReference::forDocument(u"INV-1001"_s);
    REQUIRE(reference == u"RF06INV1001"_s);

    const QStringList fields = test::pdfQrCode(pdf).split(u'\n');
    REQUIRE(fields.size() == 10);
    CHECK(fields[0] == u"BCD"_s);
    CHECK(fields[1] == u"002"_s);
    CHECK(fields[2] == u"1"_s);
    CHECK(fields[3] == u"SCT"_s);
    CHECK(fields[4] == u"COBADEFFXXX"_s);
    CHECK(fields[5] == u"Acme Office Supplies Ltd"_s);
    CHECK(fields[6] == u"DE89370400440532013000"_s);
    CHECK(fields[7] == u"EUR1239.50"_s); // the total due, fee included
    CHECK(fields[8].isEmpty());
    CHECK(fields[9] == reference);

    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(u"How to pay"_s));
    checkRow(text, u"IBAN"_s, u"DE89 3704 0044 0532 0130 00"_s);
    checkRow(text, u"BIC"_s, u"COBADEFFXXX"_s);
    checkRow(text, u"Payment reference"_s, u"RF06 INV1 001"_s);
    CHECK(text.contains(u"scan the QR code"_s));
}

TEST_CASE("A reminder for several invoices names each reference and them all in the code",
          "[letters][payment][qr]")
{
    const QTemporaryDir dir;
    const QString pdf = reminderPdf(dir, payingCompany(), test::sampleNotice(2, u"de"_s));
    const QStringList fields = test::pdfQrCode(pdf).split(u'\n');
    REQUIRE(fields.size() == 11);
    CHECK(fields[7] == u"EUR1357.41"_s);
    CHECK(fields[9].isEmpty()); // one transfer, two documents: no single creditor reference
    CHECK(fields[10] == u"INV-1001 INV-1002"_s);

    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(u"So zahlen Sie"_s));
    checkRow(text, u"Kontoinhaber"_s, u"Acme Office Supplies Ltd"_s);
    checkRow(text, u"Referenz für INV-1001"_s, u"RF06 INV1 001"_s);
    checkRow(text, u"Referenz für INV-1002"_s,
             PaymentDetails::grouped(*CreditorReference::forDocument(u"INV-1002")));
}

TEST_CASE("A letter in another currency carries a QR code of the payment link",
          "[letters][payment][qr]")
{
    const QTemporaryDir dir;
    ReminderNotice notice = oneInvoiceNotice(u"fr"_s);
    notice.currency = test::currency(u"USD");
    const QString pdf = reminderPdf(
        dir,
        payingCompany(u"https://pay.example.com/{customer}?docs={documents}&amount={amount}"
                      "&cur={currency}&ref={reference}"_s),
        notice);
    const QString link =
        u"https://pay.example.com/C-042?docs=INV-1001&amount=1239.50&cur=USD&ref=RF06INV1001"_s;
    CHECK(test::pdfQrCode(pdf) == link);
    const QString text = test::pdfText(pdf).simplified();
    checkRow(text, u"Payer en ligne"_s, u"https://pay.example.com/"_s);
    CHECK(QString(text).remove(u' ').contains(link)); // a long link wraps in its cell
    CHECK(text.contains(u"pour ouvrir la page de paiement"_s));
}

TEST_CASE("Without payment details a letter has no QR code and no payment block",
          "[letters][payment][qr]")
{
    const QTemporaryDir dir;
    const QString pdf = reminderPdf(dir, test::sampleCompany(), oneInvoiceNotice());
    CHECK(test::pdfQrCode(pdf).isEmpty());
    CHECK_FALSE(test::pdfText(pdf).contains(u"How to pay"_s));

    // A domestic account without an IBAN: the details are printed, but no GiroCode can be made.
    CompanyDetails domestic = test::sampleCompany();
    domestic.payment = {.accountNumber = u"41926819"_s, .routing = u"60-16-13"_s};
    const QString usPdf = reminderPdf(dir, domestic, oneInvoiceNotice());
    CHECK(test::pdfQrCode(usPdf).isEmpty());
    const QString text = test::pdfText(usPdf).simplified();
    checkRow(text, u"Account number"_s, u"41926819"_s);
    checkRow(text, u"Routing / sort code"_s, u"60-16-13"_s);
}

TEST_CASE("The reminder e-mail carries the payment details, the reference and the code",
          "[letters][payment][mail]")
{
    ReminderMail mail(payingCompany(), {.displayName = u"Acme"_s, .address = u"ar@acme.example"_s});
    const auto message =
        mail.compose(oneInvoiceNotice(), QDateTime(test::day("2026-04-15"), QTime(9, 0), Qt::UTC));
    REQUIRE(message);
    for (const QString& body : {message->text, message->html}) {
        CHECK(body.contains(u"DE89 3704 0044 0532 0130 00"_s));
        CHECK(body.contains(u"COBADEFFXXX"_s));
        CHECK(body.contains(u"RF06 INV1 001"_s));
    }
    REQUIRE(message->attachments.size() == 1);
    const QTemporaryDir dir;
    const QString pdf = dir.filePath(u"attached.pdf"_s);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(message->attachments.first().data);
    file.close();
    CHECK(test::pdfQrCode(pdf).split(u'\n').value(9) == u"RF06INV1001"_s);
}
