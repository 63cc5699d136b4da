#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace ardesk::test {

// A word of a PDF page and where it is, in points from the page's top left.
struct PdfWord {
    int page = 0; // from 1
    QString text;
    QRectF box;
};

// The text of a PDF (or of one page), as poppler's pdftotext reads it, NFKC-normalised so that
// a ligature glyph still reads as its letters. Fails the test when pdftotext fails.
QString pdfText(const QString& pdfPath, int page = 0);
// Every word with its bounding box (pdftotext -bbox).
QList<PdfWord> pdfWords(const QString& pdfPath);
int pdfPageCount(const QString& pdfPath);
// Millimetres to PDF points.
constexpr double points(double millimetres)
{
    return millimetres * 72.0 / 25.4;
}

} // namespace ardesk::test
