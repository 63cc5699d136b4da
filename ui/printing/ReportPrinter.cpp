#include "printing/ReportPrinter.h"

#include <algorithm>
#include <memory>

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// A page's foot: one line of small print under the report, with a line's gap above it.
constexpr double footPointSize = 7.5;

// A copy of `document` laid out for `device`, whose metrics (fonts, the HTML's pixel lengths)
// it then uses, without a margin of its own: the page's margins frame the report.
std::unique_ptr<QTextDocument> layoutCopy(const QTextDocument& document, QPaintDevice* device)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    copy->documentLayout()->setPaintDevice(device);
    QTextFrameFormat frame = copy->rootFrame()->frameFormat();
    frame.setMargin(0);
    copy->rootFrame()->setFrameFormat(frame);
    return copy;
}

// The width the document needs: its cells do not wrap, so a table with many columns is wider
// than the text width it was given.
double naturalWidth(QTextDocument& document, double width)
{
    document.setTextWidth(width);
    return std::max({width, document.size().width(), document.idealWidth()});
}

// The factor that fits `document` into the printable width of `layout`, measured on an image
// of printer resolution (a paint device that needs no printer).
double scaleFor(const QTextDocument& document, const QPageLayout& layout)
{
    constexpr int dpi = 300;
    QImage device(1, 1, QImage::Format_RGB32);
    device.setDotsPerMeterX(qRound(dpi / 0.0254));
    device.setDotsPerMeterY(qRound(dpi / 0.0254));
    const auto copy = layoutCopy(document, &device);
    const double width = layout.paintRect(QPageLayout::Point).width() * dpi / 72.0;
    return std::min(1.0, width / naturalWidth(*copy, width));
}

QFont footFont(const QTextDocument& document)
{
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(footPointSize);
    return font;
}

} // namespace

bool ReportPrinter::isWiderThanPortrait(const QTextDocument& document, const QPageLayout& layout)
{
    QPageLayout portrait = layout;
    portrait.setOrientation(QPageLayout::Portrait);
    // A hair of tolerance: rounding in the layout must not turn a report landscape.
    return scaleFor(document, portrait) < 0.999;
}

double ReportPrinter::fitScale(const QTextDocument& document, const QPageLayout& layout)
{
    return scaleFor(document, layout);
}

int ReportPrinter::print(const QTextDocument& document, QPagedPaintDevice* device,
                         const QString& title)
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return 0;
    const auto copy = layoutCopy(document, device);
    const QSizeF page(device->width(), device->height());
    const QFont font = footFont(document);
    const QFontMetricsF foot(font, device);
    const double bodyHeight = page.height() - 2 * foot.lineSpacing();

    // The document is laid out on pages 1/scale as large, and painted scaled down, so that
    // its widest row ends at the right margin; the layout then breaks pages between rows and
    // repeats the table's header rows on each.
    const double scale = std::min(1.0, page.width() / naturalWidth(*copy, page.width()));
    const QSizeF laidOut(page.width() / scale, bodyHeight / scale);
    copy->setPageSize(laidOut);
    const int pages = std::max(1, copy->pageCount());

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage())
            break;
        const QRectF view(0, index * laidOut.height(), laidOut.width(), laidOut.height());
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        // Printed black on white whatever the desktop's palette (a dark theme's text is white).
        context.palette.setColor(QPalette::Text, Qt::black);
        copy->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(font);
        painter.setPen(Qt::black);
        const QString number = tr("Page %1 of %2").arg(index + 1).arg(pages);
        const QRectF line(0, page.height() - foot.lineSpacing(), page.width(), foot.height());
        painter.drawText(line, Qt::AlignRight | Qt::AlignTop, number);
        const double room =
            page.width() - foot.horizontalAdvance(number) - foot.averageCharWidth() * 4;
        painter.drawText(line, Qt::AlignLeft | Qt::AlignTop,
                         foot.elidedText(title, Qt::ElideRight, std::max(0.0, room)));
    }
    painter.end();
    return pages;
}

} // namespace ardesk
