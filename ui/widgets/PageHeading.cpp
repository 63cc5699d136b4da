#include "widgets/PageHeading.h"

#include <QLabel>

namespace ardesk {

QLabel* createPageHeading(const QString& text, const QString& objectName, QWidget* page)
{
    auto* heading = new QLabel(text, page);
    heading->setObjectName(objectName);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace ardesk
