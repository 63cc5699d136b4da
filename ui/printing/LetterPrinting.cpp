#include "printing/LetterPrinting.h"

#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "letters/LetterPainter.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScreenFit.h"

using namespace Qt::StringLiterals;

namespace ardesk {

void LetterPrinting::setUp(QPrinter& printer, const CompanyDetails& company)
{
    // The letter places everything in millimetres itself, at LetterPainter's resolution.
    printer.setResolution(LetterPainter::resolution);
    printer.setFullPage(true);
    if (const auto painter = LetterPainter::create(company))
        painter->setUpPage(printer);
}

void LetterPrinting::paint(QWidget* parent, QPrinter& printer, const CompanyDetails& company,
                           const QList<Letter>& letters)
{
    const auto letterPainter = LetterPainter::create(company);
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
