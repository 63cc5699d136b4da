#include "session/FileOpenRequests.h"

#include <QFileOpenEvent>

namespace ardesk {

FileOpenRequests::FileOpenRequests(std::function<void(const QString& path)> open, QObject* parent)
    : QObject(parent)
    , m_open(std::move(open))
{}

bool FileOpenRequests::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString path = static_cast<QFileOpenEvent*>(event)->file();
    if (path.isEmpty())
        return false;
    m_open(path);
    return true;
}

} // namespace ardesk
