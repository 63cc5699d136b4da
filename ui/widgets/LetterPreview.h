#pragma once

#include <optional>

#include <QScrollArea>

#include "letters/LetterPages.h"

class QLabel;

namespace ardesk {

// A letter's pages as they print, one under the other on a grey desk and scaled to the
// widget's width: LetterPages paints them, as it paints the PDF file and the printer's pages,
// so the preview cannot show a letter other than the one that goes out.
class LetterPreview : public QScrollArea {
    Q_OBJECT

public:
    explicit LetterPreview(QWidget* parent = nullptr);

    void setPages(LetterPages pages);
    // In place of the pages, when there is no letter to show (a template that fails to fill).
    void showMessage(const QString& message);

    const LetterPages* pages() const { return m_pages ? &*m_pages : nullptr; }
    // How many screen pixels a pixel of LetterPages::pageSize() takes.
    double scale() const;
    // The letter's words, address first; also what a screen reader is told.
    QString text() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    QLabel* m_canvas;
    std::optional<LetterPages> m_pages;
};

} // namespace ardesk
