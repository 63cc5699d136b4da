#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "letters/Letter.h"

class QPaintDevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace ardesk {

enum class PaperSize { A4, Letter };

struct LetterLayout {
    PaperSize paper = PaperSize::A4;
    QString logoPath; // optional image, top right of the letterhead
};

// Lays business letters out for a DIN 5008 (form B) window envelope: the letterhead (the
// sender block: name, address line by line, phone and e-mail), the recipient in the window
// (20 mm from the left, 45 mm from the top, 85 × 45 mm) under a one-line return address, the
// date, then the body (subject, text, items, totals), continued on further pages when long,
// a table's header rows repeated there, "Page n of m" and the foot (registration, tax and bank
// details) on every page. On Letter paper the address sits higher, inside both the DIN window
// and that of a US #10 envelope. A letter's payment QR code sits right of the address window
// (32 mm square, 50 mm from the top, flush with the right margin). A letter is laid out once
// (LetterPages) and its pages painted from that, so the PDF file (LetterPdfWriter), the print
// preview, the printer and the template editor's preview show the same pages. Needs a
// QGuiApplication (fonts).
class LetterPainter {
public:
    // At 96 dpi a device pixel is a CSS pixel, so the templates' px and em lengths and the
    // document layout agree without scaling; PDF and printer output keep text as vectors anyway.
    // Set the device (QPdfWriter, QPrinter) to this resolution before painting on it.
    static constexpr int resolution = 96;

    // Io when the logo cannot be read.
    static Result<LetterPainter> create(CompanyDetails company, LetterLayout layout = {});

    // The layout's paper in pixels at `resolution`.
    QSize pageSize() const;
    // The layout's paper, without margins: the letter places everything itself.
    void setUpPage(QPagedPaintDevice& device) const;
    // Paints `letter` from the device's current page on, adding pages as the body needs; the
    // caller starts each further letter on a new page. Io when a page cannot be added.
    Result<void> paint(const Letter& letter, QPainter& painter, QPagedPaintDevice& device) const;

private:
    friend class LetterPages;

    LetterPainter(CompanyDetails company, LetterLayout layout, QImage logo);
    // Lays the letter's body and foot out for `metrics`, a device at `resolution`; returns
    // how many pages the body takes.
    int layOut(const Letter& letter, QPaintDevice& metrics, QTextDocument& body,
               QTextDocument& foot) const;
    // Page `page` of `pages` as layOut() laid it out.
    void paintPage(QPainter& painter, const Letter& letter, const QTextDocument& body,
                   const QTextDocument& foot, int page, int pages) const;
    void drawLetterhead(QPainter& painter, double pageWidth) const;
    void drawAddress(QPainter& painter, const QString& recipient) const;
    void drawPaymentQr(QPainter& painter, double pageWidth, const QString& payload) const;
    void drawFoot(QPainter& painter, const QTextDocument& foot) const;

    CompanyDetails m_company;
    LetterLayout m_layout;
    QImage m_logo;
};

} // namespace ardesk
