#include "widgets/LetterPreview.h"

#include <QLabel>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Desk showing around and between the pages, in screen pixels.
constexpr int gap = 12;

} // namespace

LetterPreview::LetterPreview(QWidget* parent)
    : QScrollArea(parent)
    , m_canvas(new QLabel(this))
{
    m_canvas->setObjectName(u"letterPagesLabel"_s);
    m_canvas->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas->setWordWrap(true);
    m_canvas->setMargin(gap);
    setWidget(m_canvas);
    setBackgroundRole(QPalette::Dark);
    // A scroll bar that came and went with the pages' height would change the width the
    // pages are scaled to, and so their height again.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void LetterPreview::setPages(LetterPages pages)
{
    m_pages = std::move(pages);
    setAccessibleDescription(m_pages->text());
    render();
}

void LetterPreview::showMessage(const QString& message)
{
    m_pages.reset();
    setAccessibleDescription(message);
    m_canvas->setPixmap({});
    m_canvas->setText(message);
    m_canvas->setFixedWidth(viewport()->width());
    m_canvas->adjustSize();
}

double LetterPreview::scale() const
{
    if (!m_pages)
        return 1;
    return std::max(1, viewport()->width() - 2 * gap) / double(m_pages->pageSize().width());
}

QString LetterPreview::text() const
{
    return accessibleDescription();
}

void LetterPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (m_pages)
        render();
}

void LetterPreview::render()
{
    if (!m_pages)
        return;
    // Drawn at the screen's own pixels, so that the small text stays sharp on a HiDPI screen.
    const double ratio = devicePixelRatioF();
    const double pixels = scale() * ratio;
    QList<QImage> pages;
    int height = 0;
    for (int page = 0; page < m_pages->count(); ++page) {
        pages.append(m_pages->image(page, pixels));
        height += pages.last().height() + (page > 0 ? qRound(gap * ratio) : 0);
    }
    QPixmap canvas(pages.first().width(), height);
    canvas.fill(palette().color(QPalette::Dark));
    QPainter painter(&canvas);
    int top = 0;
    for (const QImage& page : std::as_const(pages)) {
        painter.drawImage(0, top, page);
        top += page.height() + qRound(gap * ratio);
    }
    painter.end();
    canvas.setDevicePixelRatio(ratio);
    const int scroll = verticalScrollBar()->value();
    m_canvas->setText({});
    m_canvas->setPixmap(canvas);
    m_canvas->setFixedWidth(viewport()->width());
    m_canvas->adjustSize();
    verticalScrollBar()->setValue(scroll);
}

} // namespace ardesk
