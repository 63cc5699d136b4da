#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "letters/Letter.h"
#include "letters/LetterPainter.h"

class QIODevice;
class QPainter;
class QPdfWriter;
class QSaveFile;

namespace ardesk {

// Business letters as PDF, laid out by LetterPainter. Every letter starts on a new page, so one
// file may hold a whole run; open, add letters, finish. Needs a QGuiApplication (fonts).
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

    CompanyDetails m_company;
    LetterLayout m_layout;
    QString m_name; // for error messages
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    std::optional<LetterPainter> m_letterPainter;
    int m_letters = 0;
};

} // namespace ardesk
