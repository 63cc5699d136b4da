#include "storage/SqlNames.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString quotedName(const QString& name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QStringList quotedNames(const QStringList& names)
{
    QStringList result;
    result.reserve(names.size());
    for (const QString& name : names)
        result.append(quotedName(name));
    return result;
}

} // namespace ardesk
