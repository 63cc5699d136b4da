#include "letters/LetterPages.h"

#include <QPainter>
#include <QTextDocument>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace ardesk {

struct LetterPages::Layout {
    // What the documents measure their fonts on: a picture's dots per metre are its only
    // resolution, so an image of one pixel serves as a device at LetterPainter::resolution.
    QImage metrics{1, 1, QImage::Format_RGB32};
    QTextDocument body;
    QTextDocument foot;
    int pages = 1;
};

LetterPages::LetterPages(const LetterPainter& painter, Letter letter)
    : m_painter(painter)
    , m_letter(std::move(letter))
    , m_layout(std::make_unique<Layout>())
{
    const int dotsPerMeter = qRound(LetterPainter::resolution / 0.0254);
    m_layout->metrics.setDotsPerMeterX(dotsPerMeter);
    m_layout->metrics.setDotsPerMeterY(dotsPerMeter);
    m_layout->pages = m_painter.layOut(m_letter, m_layout->metrics, m_layout->body, m_layout->foot);
}

LetterPages::~LetterPages() = default;
LetterPages::LetterPages(LetterPages&& other) noexcept = default;
LetterPages& LetterPages::operator=(LetterPages&& other) noexcept = default;

int LetterPages::count() const
{
    return m_layout->pages;
}

QSize LetterPages::pageSize() const
{
    return m_painter.pageSize();
}

void LetterPages::paint(QPainter& painter, int page) const
{
    m_painter.paintPage(painter, m_letter, m_layout->body, m_layout->foot, page, m_layout->pages);
}

QImage LetterPages::image(int page, double scale) const
{
    QImage image(qCeil(pageSize().width() * scale), qCeil(pageSize().height() * scale),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(m_layout->metrics.dotsPerMeterX());
    image.setDotsPerMeterY(m_layout->metrics.dotsPerMeterY());
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paint(painter, page);
    return image;
}

QString LetterPages::text() const
{
    return QStringList{m_letter.recipient.trimmed(), m_letter.date,
                       m_layout->body.toPlainText().trimmed(),
                       m_layout->foot.toPlainText().trimmed()}
        .join(u"\n\n"_s);
}

} // namespace ardesk
