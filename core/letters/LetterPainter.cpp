#include "LetterPainter.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtMath>

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
constexpr double dateTop = 92;
constexpr double bodyTop = 98.5; // subject line of form B
constexpr double nextPageTop = 25;
// The payment QR code: in the information block right of the address window, clear of the
// letterhead (38 mm) and the date line (92 mm). 32 mm leaves a version 10 code (the longest
// EPC payload) modules of about 0.5 mm, well above what phone cameras need.
constexpr double qrTop = 50;
constexpr double qrSize = 32;
constexpr double bottomMargin = 25;

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

// pdftotext and people copying from the PDF want "office", not the "ﬃ" ligature glyph.
QFont letterFont(double pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    return font;
}

QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    }
    return present.join(u"  ·  "_s);
}

QStringList addressLines(const QString& address)
{
    return address.split(u'\n', Qt::SkipEmptyParts);
}

double mm(double millimetres)
{
    return millimetres * LetterPainter::resolution / 25.4;
}

// The part of the body one page shows, in document coordinates.
struct Slice {
    double top = 0;
    double bottom = 0;
};

// Cuts the laid-out body into pages of the given heights (the first page has less room),
// breaking only between lines of text, never through one.
QList<Slice> pageSlices(const QTextDocument& body, double firstHeight, double nextHeight)
{
    QList<double> lineBottoms;
    const QAbstractTextDocumentLayout* layout = body.documentLayout();
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        const QRectF blockRect = layout->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i)
            lineBottoms.append(blockRect.top() + lines->lineAt(i).rect().bottom());
    }
    std::sort(lineBottoms.begin(), lineBottoms.end());

    const double end = body.size().height();
    QList<Slice> slices;
    double top = 0;
    do {
        const double limit = top + (slices.isEmpty() ? firstHeight : nextHeight);
        if (limit >= end) {
            slices.append({top, end});
            break;
        }
        const auto after = std::upper_bound(lineBottoms.cbegin(), lineBottoms.cend(), limit);
        double bottom = after == lineBottoms.cbegin() ? limit : *std::prev(after);
        if (bottom <= top) // a line taller than a page: cut it
            bottom = limit;
        slices.append({top, bottom});
        top = bottom;
    } while (top < end);
    return slices;
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

void LetterPainter::setUpPage(QPagedPaintDevice& device) const
{
    device.setPageSize(
        QPageSize(m_layout.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
}

void LetterPainter::drawLetterhead(QPainter& painter, double pageWidth) const
{
    const double textWidth = pageWidth - mm(leftMargin) - mm(rightMargin);
    double logoWidth = 0;
    if (!m_logo.isNull()) {
        const QSizeF size =
            QSizeF(m_logo.size()).scaled(QSizeF(mm(60), mm(22)), Qt::KeepAspectRatio);
        logoWidth = size.width();
        painter.drawImage(QRectF(QPointF(pageWidth - mm(rightMargin) - size.width(), mm(12)), size),
                          m_logo);
    }
    const double headWidth = textWidth - logoWidth - (logoWidth > 0 ? mm(5) : 0);
    painter.setPen(Qt::black);
    painter.setFont(letterFont(16));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(mm(leftMargin), mm(14), headWidth, mm(9)), Qt::AlignLeft | Qt::AlignTop,
                     m_company.name);
    painter.setFont(letterFont(8.5));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const QString contact = joined(addressLines(m_company.address)) + u'\n' +
                            joined({m_company.phone, m_company.email, m_company.taxId});
    painter.drawText(QRectF(mm(leftMargin), mm(24), headWidth, mm(12)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, contact);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
    painter.drawLine(QPointF(mm(leftMargin), mm(38)), QPointF(pageWidth - mm(rightMargin), mm(38)));
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
    painter.drawText(
        QRectF(inside.left(), mm(addressTop), inside.width(), inside.bottom() - mm(addressTop)),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, recipient.trimmed());
    painter.restore();
}

Result<void> LetterPainter::paint(const Letter& letter, QPainter& painter,
                                  QPagedPaintDevice& device) const
{
    const double pageWidth = device.width();
    const double pageHeight = device.height();
    const double bodyWidth = pageWidth - mm(leftMargin) - mm(rightMargin);

    drawLetterhead(painter, pageWidth);
    drawAddress(painter, letter.recipient);
    if (!letter.paymentQr.isEmpty())
        drawPaymentQr(painter, pageWidth, letter.paymentQr);
    painter.setFont(letterFont(10));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(mm(leftMargin), mm(dateTop), bodyWidth, mm(5)),
                     Qt::AlignRight | Qt::AlignTop, letter.date);

    QTextDocument body;
    body.documentLayout()->setPaintDevice(&device);
    body.setDefaultFont(letterFont(10));
    body.setDefaultStyleSheet(bodyStyleSheet);
    body.setDocumentMargin(0);
    body.setHtml(letter.bodyHtml);
    body.setTextWidth(bodyWidth);

    // The first page's body starts below the address window, the next pages' near the top.
    const QList<Slice> slices = pageSlices(body, pageHeight - mm(bodyTop) - mm(bottomMargin),
                                           pageHeight - mm(nextPageTop) - mm(bottomMargin));
    for (qsizetype page = 0; page < slices.size(); ++page) {
        if (page > 0 && !device.newPage())
            return fail(ErrorCode::Io, u"cannot add a page"_s);
        const Slice& slice = slices.at(page);
        const QRectF visible(0, slice.top, bodyWidth, slice.bottom - slice.top);
        painter.save();
        painter.translate(mm(leftMargin), mm(page == 0 ? bodyTop : nextPageTop) - slice.top);
        painter.setClipRect(visible);
        // Slices end between lines; a pixel less keeps the next page's first line (whose top
        // touches this slice's bottom) out of this page's PDF text, clipped or not.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible.adjusted(0, 1, 0, -1);
        body.documentLayout()->draw(&painter, context);
        painter.restore();
        if (slices.size() > 1) {
            painter.setFont(letterFont(8));
            painter.drawText(
                QRectF(mm(leftMargin), pageHeight - mm(bottomMargin) + mm(8), bodyWidth, mm(5)),
                Qt::AlignRight | Qt::AlignTop, u"%1/%2"_s.arg(page + 1).arg(slices.size()));
        }
    }
    return {};
}

} // namespace ardesk
