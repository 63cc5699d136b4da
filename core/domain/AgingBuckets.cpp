#include "domain/AgingBuckets.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ardesk {

AgingBuckets AgingBuckets::standard()
{
    return AgingBuckets({30, 60, 90});
}

Result<AgingBuckets> AgingBuckets::fromEdges(const QList<int>& edges)
{
    if (edges.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"expected at least one bucket edge"_s);
    int previous = 0;
    for (int edge : edges) {
        if (edge <= previous) {
            return fail(ErrorCode::InvalidArgument,
                        u"bucket edges must be positive and increasing, like 30,60,90"_s);
        }
        previous = edge;
    }
    return AgingBuckets(edges);
}

Result<AgingBuckets> AgingBuckets::parse(QStringView text)
{
    QList<int> edges;
    for (QStringView part : text.split(u',')) {
        const bool digitsOnly =
            !part.isEmpty() && part.size() <= 5 &&
            std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digitsOnly) {
            return fail(ErrorCode::InvalidArgument,
                        u"expected bucket edges in days like 30,60,90, got \"%1\""_s.arg(text));
        }
        edges.append(part.toInt());
    }
    return fromEdges(edges);
}

QString AgingBuckets::text() const
{
    QStringList edges;
    for (int edge : m_edges)
        edges.append(QString::number(edge));
    return edges.join(u',');
}

QString AgingBuckets::label(int index) const
{
    if (index <= 0)
        return u"current"_s;
    if (index > m_edges.size())
        return QString::number(m_edges.last() + 1) + u'+';
    const int from = index == 1 ? 1 : m_edges[index - 2] + 1;
    return QString::number(from) + u'-' + QString::number(m_edges[index - 1]);
}

int AgingBuckets::indexForAge(int ageDays) const
{
    if (ageDays <= 0)
        return 0;
    for (int i = 0; i < m_edges.size(); ++i) {
        if (ageDays <= m_edges[i])
            return i + 1;
    }
    return static_cast<int>(m_edges.size()) + 1;
}

} // namespace ardesk
