#pragma once

#include <QHash>
#include <QList>

namespace ardesk {

// The pages of a long list read so far, by page number, holding at most `capacity` of them:
// reading another forgets the one used longest ago, so that scrolling through a million rows
// keeps memory at a few pages.
template <typename Row>
class PageCache {
public:
    explicit PageCache(int capacity)
        : m_capacity(capacity)
    {}

    bool contains(qint64 page) const { return m_pages.contains(page); }

    // Row `at` of page `page` if that was read, marking the page used; nullptr otherwise.
    const Row* row(qint64 page, qint64 at) const
    {
        const auto found = m_pages.constFind(page);
        if (found == m_pages.cend() || at >= found->size())
            return nullptr;
        touch(page);
        return &found->at(at);
    }

    // Keeps `rows` as page `page`, the one used last.
    void insert(qint64 page, QList<Row> rows)
    {
        m_pages.insert(page, std::move(rows));
        touch(page);
        while (m_recent.size() > m_capacity)
            m_pages.remove(m_recent.takeLast());
    }

    // Up to `count` page numbers, the one used last first.
    QList<qint64> recentPages(int count) const
    {
        return m_recent.first(qMin(count, m_recent.size()));
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

private:
    void touch(qint64 page) const
    {
        // A view asks for every cell of a page in turn: most calls are for the page used last.
        if (!m_recent.isEmpty() && m_recent.constFirst() == page)
            return;
        m_recent.removeOne(page);
        m_recent.prepend(page);
    }

    int m_capacity;
    QHash<qint64, QList<Row>> m_pages;
    // Page numbers, the one used last first; reading marks a page used, hence mutable.
    mutable QList<qint64> m_recent;
};

} // namespace ardesk
