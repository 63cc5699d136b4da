#pragma once

#include <memory>

#include <QImage>
#include <QSize>
#include <QString>

#include "letters/Letter.h"
#include "letters/LetterPainter.h"

class QPainter;

namespace ardesk {

// One letter laid out once on the pages of its paper (LetterPainter's layout): the PDF file,
// the printer and the template editor's preview all paint these pages, so what the editor
// shows is what the letter prints. The text is laid out at LetterPainter::resolution whatever
// the device, so that lines and pages break the same on screen as on paper.
class LetterPages {
public:
    LetterPages(const LetterPainter& painter, Letter letter);
    ~LetterPages();
    LetterPages(LetterPages&& other) noexcept;
    LetterPages& operator=(LetterPages&& other) noexcept;

    int count() const;
    // The paper in pixels at LetterPainter::resolution, the coordinates paint() draws in.
    QSize pageSize() const;
    // Page `page` (from 0) on a painter whose device is at LetterPainter::resolution (a
    // scaled painter draws it larger or smaller).
    void paint(QPainter& painter, int page) const;
    // Page `page` as a picture `scale` times its size at LetterPainter::resolution, white
    // paper: how the preview shows it.
    QImage image(int page, double scale = 1) const;
    // The letter's words as they run, address and date first: what a picture of the pages
    // says to a screen reader.
    QString text() const;

private:
    struct Layout;

    LetterPainter m_painter;
    Letter m_letter;
    std::unique_ptr<Layout> m_layout;
};

} // namespace ardesk
