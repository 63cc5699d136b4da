#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace ardesk {

// Prints a report (a QTextDocument holding a heading and a table) the way accounting programs
// print theirs: the table is never cut at the right edge (a report wider than the page is
// scaled down to its width), the table's header rows (<thead>) repeat at the top of every
// page, and each page's foot says what the report is and "Page n of m".
class ReportPrinter {
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)

public:
    // Whether `document` is wider than the printable width of `layout` in portrait: such a
    // report starts in landscape, where it fits without being scaled down.
    static bool isWiderThanPortrait(const QTextDocument& document, const QPageLayout& layout);
    // The factor (at most 1) the document is scaled by to fit the width of `layout`'s
    // printable area.
    static double fitScale(const QTextDocument& document, const QPageLayout& layout);
    // Paints `document` on `device` from its first page on; `title` goes into every page's
    // foot. Returns the number of pages, 0 when the device cannot be painted on.
    static int print(const QTextDocument& document, QPagedPaintDevice* device,
                     const QString& title);
};

} // namespace ardesk
