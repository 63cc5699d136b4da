#include "LetterPainter.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtMath>

#include "letters/LetterPages.h"
#include "letters/QrCode.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// DIN 5008 form B, in millimetres from the page's top left.
constexpr double leftMargin = 25;
constexpr double rightMargin = 20;
constexpr double windowLeft = 20;
constexpr double windowTop = 45;
constexpr double windowWidth = 85;
constexpr double windowHeight = 45;
constexpr double returnLineTop = windowTop + 2; // the small sender line in the window
constexpr double addressTop = windowTop + 17.7; // below the 5-line endorsement zone
// A US Letter sheet folded in thirds in a #10 window envelope (4 1/8 × 9 1/2 in; window
// 1 1/8 × 4 1/2 in, 7/8 in from the left and 1/2 in from the bottom) shows 2.04 to 3.17 in of
// the sheet through the window when it sits at the envelope's bottom, and its lower lines
// still when it slides up: the address starts at 2.1 in (53.5 mm), which is also inside the
// DIN window, so that a Letter sheet fits either envelope.
constexpr double letterAddressTop = 53.5;
constexpr double dateTop = 92;
constexpr double bodyTop = 98.5; // subject line of form B
constexpr double nextPageTop = 25;
// The letterhead: the company's name, its address line by line and how to reach it, above a
// rule clear of the window.
constexpr double letterheadTop = 12;
constexpr double senderLinesTop = 22;
constexpr int senderAddressLines = 4;
constexpr double letterheadRule = 38;
// The payment QR code: in the information block right of the address window, clear of the
// letterhead (38 mm) and the date line (92 mm). 32 mm leaves a version 10 code (the longest
// EPC payload) modules of about 0.5 mm, well above what phone cameras need.
constexpr double qrTop = 50;
constexpr double qrSize = 32;
// From the page's bottom: the body ends 30 mm above it, the page number follows, then the
// foot (registration, tax and bank details) under a rule, ending at least 8 mm above the
// edge, within any printer's margin.
constexpr double bottomMargin = 30;
constexpr double pageNumberTop = 28;
constexpr double footTop = 22;
constexpr double footBottom = 8;

const QString bodyStyleSheet = uR"(
p { margin-top: 0; margin-bottom: 0.6em; }
p.subject { font-size: 11pt; font-weight: bold; margin-bottom: 1.2em; }
table.items { margin-top: 0.3em; margin-bottom: 1em; border-collapse: collapse; }
table.items th { background-color: #e8e8e8; font-weight: bold; text-align: left; }
table.items td, table.items th { padding: 3px 6px; }
td.number, th.number { text-align: right; }
tr.total td { font-weight: bold; border-top: 1px solid #808080; }
table.payment { margin-bottom: 0.6em; }
table.payment td { padding: 1px 12px 1px 0; }
)"_s;

const QString footStyleSheet = u"p { margin: 0; text-align: center; }"_s;

// pdftotext and people copying from the PDF want "office", not the "ﬃ" ligature glyph.
QFont letterFont(double pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

QStringList present(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept;
}

QString joined(const QStringList& parts)
{
    return present(parts).join(u"  ·  "_s);
}

QStringList addressLines(const QString& address)
{
    return present(address.split(u'\n', Qt::SkipEmptyParts));
}

double mm(double millimetres)
{
    return millimetres * LetterPainter::resolution / 25.4;
}

// A document laid out for `metrics` (a device at LetterPainter::resolution, so that every
// device breaks lines alike), in the letter's font, without margins of its own.
void setUpDocument(QTextDocument& document, QPaintDevice& metrics, double pointSize,
                   const QString& styleSheet, const QString& html)
{
    document.documentLayout()->setPaintDevice(&metrics);
    document.setDefaultFont(letterFont(pointSize));
    document.setDefaultStyleSheet(styleSheet);
    document.setDocumentMargin(0);
    document.setHtml(html);
}

} // namespace

Result<LetterPainter> LetterPainter::create(CompanyDetails company, LetterLayout layout)
{
    QImage logo;
    if (!layout.logoPath.isEmpty()) {
        logo = QImage(layout.logoPath);
        if (logo.isNull())
            return fail(ErrorCode::Io, u"%1: cannot read the logo image"_s.arg(layout.logoPath));
    }
    return LetterPainter(std::move(company), std::move(layout), std::move(logo));
}

LetterPainter::LetterPainter(CompanyDetails company, LetterLayout layout, QImage logo)
    : m_company(std::move(company))
    , m_layout(std::move(layout))
    , m_logo(std::move(logo))
{}

QSize LetterPainter::pageSize() const
{
    return QPageSize(m_layout.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4)
        .sizePixels(resolution);
}

void LetterPainter::setUpPage(QPagedPaintDevice& device) const
{
    device.setPageSize(
        QPageSize(m_layout.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
}

void LetterPainter::drawLetterhead(QPainter& painter, double pageWidth) const
{
    const double left = mm(leftMargin);
    const double right = pageWidth - mm(rightMargin);
    const double half = (right - left) / 2;
    double logoBottom = 0;
    if (!m_logo.isNull()) {
        const QSizeF size =
            QSizeF(m_logo.size()).scaled(QSizeF(mm(60), mm(15)), Qt::KeepAspectRatio);
        logoBottom = mm(letterheadTop) + size.height();
        painter.drawImage(QRectF(QPointF(right - size.width(), mm(letterheadTop)), size), m_logo);
    }
    // The sender block: the name large, the postal address below it line by line as on an
    // envelope, and phone and e-mail on the right (under the logo when there is one).
    painter.setPen(Qt::black);
    QFont bold = letterFont(16);
    bold.setBold(true);
    painter.setFont(bold);
    const double nameWidth = m_logo.isNull() ? right - left : right - left - mm(65);
    painter.drawText(
        QRectF(left, mm(letterheadTop), nameWidth, mm(9)), Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(m_company.name, Qt::ElideRight, qFloor(nameWidth)));

    painter.setFont(letterFont(8.5));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double line = metrics.lineSpacing();
    QStringList address = addressLines(m_company.address);
    // More lines than the letterhead has room for share its last one.
    if (address.size() > senderAddressLines)
        address = address.mid(0, senderAddressLines - 1) +
                  QStringList{joined(address.mid(senderAddressLines - 1))};
    double y = mm(senderLinesTop);
    for (const QString& text : std::as_const(address)) {
        painter.drawText(QRectF(left, y, half, line), Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(text, Qt::ElideRight, half));
        y += line;
    }
    y = m_logo.isNull() ? mm(senderLinesTop) : std::max(mm(senderLinesTop), logoBottom + mm(2));
    for (const QString& text : present({m_company.phone, m_company.email})) {
        painter.drawText(QRectF(left + half, y, half, line), Qt::AlignRight | Qt::AlignTop,
                         metrics.elidedText(text, Qt::ElideLeft, half));
        y += line;
    }
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
    painter.drawLine(QPointF(left, mm(letterheadRule)), QPointF(right, mm(letterheadRule)));
}

void LetterPainter::drawFoot(QPainter& painter, const QTextDocument& foot) const
{
    if (foot.isEmpty())
        return;
    const double width = foot.textWidth();
    const double top = pageSize().height() - mm(footTop);
    painter.save();
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
    painter.drawLine(QPointF(mm(leftMargin), top - mm(1.5)),
                     QPointF(mm(leftMargin) + width, top - mm(1.5)));
    painter.translate(mm(leftMargin), top);
    const QRectF room(0, 0, width, mm(footTop - footBottom));
    painter.setClipRect(room);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = room;
    context.palette.setColor(QPalette::Text, QColor(0x40, 0x40, 0x40));
    foot.documentLayout()->draw(&painter, context);
    painter.restore();
}

void LetterPainter::drawPaymentQr(QPainter& painter, double pageWidth, const QString& payload) const
{
    const auto code = QrCode::encode(payload);
    if (!code)
        return;
    // The standard's quiet zone of four modules is the white page around it.
    const double moduleSize = mm(qrSize) / code->size();
    painter.save();
    painter.translate(pageWidth - mm(rightMargin) - mm(qrSize), mm(qrTop));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(code->path(moduleSize), Qt::black);
    painter.restore();
}

void LetterPainter::drawAddress(QPainter& painter, const QString& recipient) const
{
    // Text starts 5 mm inside the window so that it stays visible when the sheet shifts.
    const QRectF inside(mm(windowLeft + 5), mm(returnLineTop), mm(windowWidth - 10),
                        mm(windowHeight - 4));
    painter.save();
    painter.setClipRect(inside);
    // The return address is one line: a smaller size when long, then shortened with "…".
    const QString sender = joined(QStringList{m_company.name} + addressLines(m_company.address));
    QFont small = letterFont(7);
    small.setUnderline(true);
    painter.setFont(small);
    if (painter.fontMetrics().horizontalAdvance(sender) > inside.width()) {
        small.setPointSizeF(6);
        painter.setFont(small);
    }
    painter.setPen(QColor(0x40, 0x40, 0x40));
    painter.drawText(
        QRectF(inside.left(), inside.top(), inside.width(), mm(4)), Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(sender, Qt::ElideRight, qFloor(inside.width())));
    painter.setFont(letterFont(10));
    painter.setPen(Qt::black);
    const double top = mm(m_layout.paper == PaperSize::Letter ? letterAddressTop : addressTop);
    painter.drawText(QRectF(inside.left(), top, inside.width(), inside.bottom() - top),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, recipient.trimmed());
    painter.restore();
}

int LetterPainter::layOut(const Letter& letter, QPaintDevice& metrics, QTextDocument& body,
                          QTextDocument& foot) const
{
    const QSize page = pageSize();
    const double bodyWidth = page.width() - mm(leftMargin) - mm(rightMargin);
    if (!letter.footHtml.trimmed().isEmpty()) {
        setUpDocument(foot, metrics, 7, footStyleSheet, letter.footHtml);
        foot.setTextWidth(bodyWidth);
    }
    setUpDocument(body, metrics, 10, bodyStyleSheet, letter.bodyHtml);

    // The body is laid out in pages of the later pages' height, so that Qt's layout breaks
    // them between lines and table rows and repeats a table's header rows (<thead>) at the top
    // of the next page. The first page starts lower, below the address window: an empty line
    // of the difference's height goes before the body (a top margin would be dropped at the
    // top of a page), and that page shows it as the space above its text.
    const double pageBody = page.height() - mm(nextPageTop) - mm(bottomMargin);
    QTextCursor start(&body);
    start.insertBlock(start.blockFormat(), start.charFormat());
    start.movePosition(QTextCursor::Start);
    QTextBlockFormat spacer;
    spacer.setLineHeight(mm(bodyTop) - mm(nextPageTop), QTextBlockFormat::FixedHeight);
    spacer.setTopMargin(0);
    spacer.setBottomMargin(0);
    start.setBlockFormat(spacer);
    body.setPageSize(QSizeF(bodyWidth, pageBody));
    return std::max(1, body.pageCount());
}

void LetterPainter::paintPage(QPainter& painter, const Letter& letter, const QTextDocument& body,
                              const QTextDocument& foot, int page, int pages) const
{
    const QSize size = pageSize();
    const QSizeF bodySize = body.pageSize();
    if (page == 0) {
        drawLetterhead(painter, size.width());
        drawAddress(painter, letter.recipient);
        if (!letter.paymentQr.isEmpty())
            drawPaymentQr(painter, size.width(), letter.paymentQr);
        painter.setFont(letterFont(10));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(mm(leftMargin), mm(dateTop), bodySize.width(), mm(5)),
                         Qt::AlignRight | Qt::AlignTop, letter.date);
    }
    const QRectF visible(0, page * bodySize.height(), bodySize.width(), bodySize.height());
    painter.save();
    painter.translate(mm(leftMargin), mm(nextPageTop) - visible.top());
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    context.palette.setColor(QPalette::Text, Qt::black);
    body.documentLayout()->draw(&painter, context);
    painter.restore();
    if (pages > 1) {
        const QString pageLabel = letter.pageLabel.isEmpty() ? u"%1/%2"_s : letter.pageLabel;
        painter.setFont(letterFont(8));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(mm(leftMargin), size.height() - mm(pageNumberTop), bodySize.width(), mm(5)),
            Qt::AlignRight | Qt::AlignTop, QString(pageLabel).arg(page + 1).arg(pages));
    }
    drawFoot(painter, foot);
}

Result<void> LetterPainter::paint(const Letter& letter, QPainter& painter,
                                  QPagedPaintDevice& device) const
{
    const LetterPages pages(*this, letter);
    for (int page = 0; page < pages.count(); ++page) {
        if (page > 0 && !device.newPage())
            return fail(ErrorCode::Io, u"cannot add a page"_s);
        pages.paint(painter, page);
    }
    return {};
}

} // namespace ardesk
