#include "LetterPdfWriter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ardesk {

LetterPdfWriter::LetterPdfWriter(CompanyDetails company, LetterLayout layout)
    : m_company(std::move(company))
    , m_layout(std::move(layout))
{}

LetterPdfWriter::~LetterPdfWriter()
{
    // An unfinished file is discarded by QSaveFile; end the painter before the writer.
    if (m_painter && m_painter->isActive())
        m_painter->end();
}

Result<void> LetterPdfWriter::open(const QString& path)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, u"%1: cannot write: %2"_s.arg(path, m_file->errorString()));
    return start(m_file.get(), path);
}

Result<void> LetterPdfWriter::open(QIODevice* device)
{
    return start(device, u"PDF"_s);
}

Result<void> LetterPdfWriter::start(QIODevice* device, const QString& name)
{
    m_name = name;
    auto letterPainter = LetterPainter::create(m_company, m_layout);
    if (!letterPainter)
        return std::unexpected(letterPainter.error());
    m_letterPainter = std::move(*letterPainter);
    m_writer = std::make_unique<QPdfWriter>(device);
    m_writer->setResolution(LetterPainter::resolution);
    m_letterPainter->setUpPage(*m_writer);
    m_writer->setCreator(u"ARDesk"_s);
    m_writer->setTitle(m_company.name);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get()))
        return fail(ErrorCode::Io, u"%1: cannot start the PDF"_s.arg(name));
    m_letters = 0;
    return {};
}

Result<void> LetterPdfWriter::add(const Letter& letter)
{
    if (!m_painter || !m_painter->isActive())
        return fail(ErrorCode::Io, u"%1: the PDF is not open"_s.arg(m_name));
    if (m_letters > 0 && !m_writer->newPage())
        return fail(ErrorCode::Io, u"%1: cannot add a page"_s.arg(m_name));
    ++m_letters;
    if (auto painted = m_letterPainter->paint(letter, *m_painter, *m_writer); !painted)
        return fail(painted.error().code, u"%1: %2"_s.arg(m_name, painted.error().detail));
    return {};
}

Result<void> LetterPdfWriter::finish()
{
    if (!m_painter || !m_painter->isActive())
        return fail(ErrorCode::Io, u"%1: the PDF is not open"_s.arg(m_name));
    m_painter->end();
    m_writer.reset();
    if (m_file && !m_file->commit())
        return fail(ErrorCode::Io, u"%1: cannot write: %2"_s.arg(m_name, m_file->errorString()));
    m_file.reset();
    return {};
}

} // namespace ardesk
