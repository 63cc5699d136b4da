#include "views/DashboardTile.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ardesk {

DashboardTile::DashboardTile(const QString& id, const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_captionLabel(new QLabel(caption, this))
    , m_valueLabel(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    setObjectName(id + u"Tile"_s);
    m_captionLabel->setObjectName(id + u"CaptionLabel"_s);
    m_valueLabel->setObjectName(id + u"ValueLabel"_s);
    m_noteLabel->setObjectName(id + u"NoteLabel"_s);
    setAccessibleName(caption);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_valueLabel->setFont(valueFont);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_noteLabel);
    layout->addStretch();
}

void DashboardTile::setValue(const QString& value, const QString& note)
{
    m_valueLabel->setText(value);
    m_noteLabel->setText(note);
    // Screen readers announce the figure with the tile's caption.
    setAccessibleDescription(note.isEmpty() ? value : value + u", "_s + note);
}

QString DashboardTile::value() const
{
    return m_valueLabel->text();
}

QString DashboardTile::note() const
{
    return m_noteLabel->text();
}

} // namespace ardesk
