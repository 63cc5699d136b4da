#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString quotedName(const QString& name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace ardesk
