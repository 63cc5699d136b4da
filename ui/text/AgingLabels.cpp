#include "text/AgingLabels.h"

#include <QLocale>

namespace ardesk {

QString AgingLabels::bucket(const AgingBuckets& buckets, int index)
{
    const QList<int>& edges = buckets.edges();
    const QLocale locale;
    if (index <= 0)
        return tr("Current");
    if (index > edges.size())
        //: Days past due, the last aging bucket: "91+".
        return tr("%1+").arg(locale.toString(edges.last() + 1));
    const int from = index == 1 ? 1 : edges[index - 2] + 1;
    //: Days past due, a range: "31–60".
    return tr("%1–%2").arg(locale.toString(from), locale.toString(edges[index - 1]));
}

} // namespace ardesk
