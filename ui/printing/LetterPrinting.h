#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/CompanyDetails.h"
#include "letters/Letter.h"
#include "letters/LetterPainter.h"

class QPrinter;
class QWidget;

namespace ardesk {

// Reminder letters and statements on paper: the print preview and the printer get the pages
// LetterPainter lays out, the same as the PDF files (LetterPdfWriter).
class LetterPrinting {
    Q_DECLARE_TR_FUNCTIONS(LetterPrinting)

public:
    // Shows `letters` in a print preview, from which the user may print them.
    static void preview(QWidget* parent, const QString& title, const CompanyDetails& company,
                        const QList<Letter>& letters);
    // Asks for a printer (QPrintDialog) and prints `letters`, each from a new page.
    static void print(QWidget* parent, const QString& title, const CompanyDetails& company,
                      const QList<Letter>& letters);
    // Prints `letters` on `printer` as it is set up (the dialogs and tests use this).
    static void printTo(QWidget* parent, QPrinter& printer, const CompanyDetails& company,
                        const QList<Letter>& letters);
    // The letters' layout on the printer's paper: US Letter when the printer has Letter paper
    // (the address then where a #10 envelope's window shows it), else A4 (DIN 5008).
    static LetterLayout layoutFor(const QPrinter& printer);

private:
    static void paint(QWidget* parent, QPrinter& printer, const CompanyDetails& company,
                      const QList<Letter>& letters);
    static void setUp(QPrinter& printer, const CompanyDetails& company);
};

} // namespace ardesk
