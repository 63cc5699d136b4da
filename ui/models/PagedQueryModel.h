#pragma once

#include <optional>
#include <utility>

#include <QList>

#include "models/PagedListModel.h"

namespace ardesk {

// A PagedListModel over a list service: `Service` counts and pages the rows of a `Query`
// (count(query), page(query, offset, limit)), and the model holds them. What a list adds is
// its columns.
template <typename Service, typename Query, typename Row>
class PagedQueryModel : public PagedListModel {
public:
    // The service to read from; nullptr shows nothing. Not owned; must outlive its use here.
    void setService(Service* service)
    {
        m_service = service;
        reload();
    }
    void setQuery(const Query& query)
    {
        if (query == m_query)
            return;
        m_query = query;
        reload();
    }
    const Query& query() const { return m_query; }

    std::optional<Row> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }

protected:
    // `query` is what the list shows until setQuery() (say, as of today).
    explicit PagedQueryModel(QObject* parent, const Query& query = Query())
        : PagedListModel(parent)
        , m_query(query)
    {}

    // A loaded row; `row` must be valid.
    const Row& loadedRow(int row) const { return m_rows.at(row); }

    bool hasSource() const override { return m_service != nullptr; }
    Result<qint64> countRows() override { return m_service->count(m_query); }
    Result<qsizetype> readPage(qint64 offset, int limit) override
    {
        auto page = m_service->page(m_query, offset, limit);
        if (!page)
            return std::unexpected(page.error());
        m_readPage = std::move(*page);
        return m_readPage.size();
    }
    void appendReadPage() override
    {
        m_rows.append(std::move(m_readPage));
        m_readPage.clear();
    }
    void clearRows() override { m_rows.clear(); }
    qsizetype loadedRows() const override { return m_rows.size(); }

private:
    Service* m_service = nullptr;
    Query m_query;
    QList<Row> m_rows;
    QList<Row> m_readPage;
};

} // namespace ardesk
