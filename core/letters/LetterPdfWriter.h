#pragma once

#include <memory>

#include <QImage>
#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "letters/Letter.h"

class QIODevice;
class QPainter;
class QPdfWriter;
class QSaveFile;

namespace ardesk {

enum class PaperSize { A4, Letter };

struct LetterLayout {
    PaperSize paper = PaperSize::A4;
    QString logoPath; // optional image, top right of the letterhead
};

// Business letters as PDF, laid out for a DIN 5008 (form B) window envelope: letterhead, the
// recipient in the window (20 mm from the left, 45 mm from the top, 85 × 45 mm) under a
// one-line return address, the date, then the body (subject, text, items, totals), continued
// on further pages when long. Every letter starts on a new page, so one file may hold a whole
// run; open, add letters, finish. Needs a QGuiApplication (fonts).
class LetterPdfWriter {
public:
    LetterPdfWriter(CompanyDetails company, LetterLayout layout = {});
    ~LetterPdfWriter();

    // Writes to `path` atomically: the file appears only when finish() succeeds. Io when the
    // file cannot be written or the logo cannot be read.
    Result<void> open(const QString& path);
    Result<void> open(QIODevice* device);
    Result<void> add(const Letter& letter);
    Result<void> finish();

private:
    Result<void> start(QIODevice* device, const QString& name);
    void drawLetterhead();
    void drawAddress(const QString& recipient);
    double mm(double millimetres) const;

    CompanyDetails m_company;
    LetterLayout m_layout;
    QString m_name; // for error messages
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QImage m_logo;
    int m_letters = 0;
};

} // namespace ardesk
