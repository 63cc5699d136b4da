#pragma once

#include <QString>

namespace ardesk::test {

// The QR code on a page of a PDF, as a phone would read it off the printed page: the page
// rendered at 200 dpi by poppler's pdftoppm, the code decoded by zbar's zbarimg. Empty when
// the page has none; fails the test when a tool fails.
QString pdfQrCode(const QString& pdfPath, int page = 1);

} // namespace ardesk::test
