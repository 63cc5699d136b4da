#include "printing/LetterPrinting.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "letters/LetterPainter.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScreenFit.h"

using namespace Qt::StringLiterals;

namespace ardesk {

LetterLayout LetterPrinting::layoutFor(const QPrinter& printer)
{
    return {.paper = printer.pageLayout().pageSize().id() == QPageSize::Letter ? PaperSize::Letter
                                                                               : PaperSize::A4};
}

void LetterPrinting::setUp(QPrinter& printer, const CompanyDetails& company)
{
    // The letter places everything in millimetres itself, at LetterPainter's resolution. The
    // printer's paper stays when it is US Letter (where that is the default paper); any other
    // becomes A4.
    printer.setResolution(LetterPainter::resolution);
    printer.setFullPage(true);
    if (const auto painter = LetterPainter::create(company, layoutFor(printer)))
        painter->setUpPage(printer);
}

void LetterPrinting::printTo(QWidget* parent, QPrinter& printer, const CompanyDetails& company,
                             const QList<Letter>& letters)
{
    setUp(printer, company);
    paint(parent, printer, company, letters);
}

void LetterPrinting::paint(QWidget* parent, QPrinter& printer, const CompanyDetails& company,
                           const QList<Letter>& letters)
{
    // Paper chosen in the print dialog or the preview's page setup decides the layout.
    const auto letterPainter = LetterPainter::create(company, layoutFor(printer));
    QPainter painter;
    if (!letterPainter || !painter.begin(&printer))
        return;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        Result<void> painted = i == 0 || printer.newPage()
                                   ? letterPainter->paint(letters.at(i), painter, printer)
                                   : fail(ErrorCode::Io, u"cannot add a page"_s);
        if (!painted) {
            painter.end();
            MessageBoxes::warning(parent, tr("Cannot Print"),
                                  tr("The letters could not be laid out for printing."),
                                  painted.error().detail);
            return;
        }
    }
    painter.end();
}

void LetterPrinting::preview(QWidget* parent, const QString& title, const CompanyDetails& company,
                             const QList<Letter>& letters)
{
    QPrinter printer(QPrinter::ScreenResolution);
    setUp(printer, company);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(u"letterPreviewDialog"_s);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [parent, &company, &letters](QPrinter* target) {
                         paint(parent, *target, company, letters);
                     });
    ScreenFit::resize(dialog, QSize(900, 1000), parent);
    dialog.exec();
}

void LetterPrinting::print(QWidget* parent, const QString& title, const CompanyDetails& company,
                           const QList<Letter>& letters)
{
    QPrinter printer(QPrinter::ScreenResolution);
    setUp(printer, company);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(u"letterPrintDialog"_s);
    dialog.setWindowTitle(title);
    if (dialog.exec() == QDialog::Accepted)
        paint(parent, printer, company, letters);
}

} // namespace ardesk
