#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "domain/Error.h"

namespace ardesk {

// Aging columns from bucket edges: edges 30,60,90 give current (age <= 0), 1-30, 31-60,
// 61-90 and 91+; edges 15,45 give current, 1-15, 16-45, 46+.
class AgingBuckets {
public:
    static AgingBuckets standard();
    // Edges must be positive and strictly increasing; at least one.
    static Result<AgingBuckets> fromEdges(const QList<int>& edges);
    // "30,60,90": plain integers separated by commas, no spaces.
    static Result<AgingBuckets> parse(QStringView text);

    const QList<int>& edges() const { return m_edges; }
    // The edges as parse() reads them ("30,60,90"): the --buckets option, the stored setting
    // and the edit fields alike.
    QString text() const;
    int count() const { return static_cast<int>(m_edges.size()) + 2; }
    // Machine labels, as CSV headers use them: "current", "1-30", ..., "91+".
    QString label(int index) const;
    int indexForAge(int ageDays) const;
    bool operator==(const AgingBuckets&) const = default;

private:
    explicit AgingBuckets(QList<int> edges)
        : m_edges(std::move(edges))
    {}

    QList<int> m_edges;
};

} // namespace ardesk
