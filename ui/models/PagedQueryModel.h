#pragma once

#include <functional>
#include <optional>
#include <utility>

#include <QList>
#include <QString>

#include "jobs/JobRunner.h"
#include "models/PageCache.h"
#include "models/PagedListModel.h"
#include "storage/Database.h"

namespace ardesk {

// A PagedListModel over a list service: `Service` (built on a Database) counts and pages the
// rows of a `Query` (count(query), page(query, offset, limit)), and the model holds the pages
// read last. Every read runs as a job on its own connection to the ledger, since a connection
// belongs to its thread. What a list adds is its columns.
template <typename Service, typename Query, typename Row>
class PagedQueryModel : public PagedListModel {
public:
    // The ledger to read; empty shows nothing.
    void setLedger(const QString& path)
    {
        m_path = path;
        reload(Reload::FirstPage);
    }
    void setQuery(const Query& query)
    {
        if (query == m_query)
            return;
        m_query = query;
        reload(Reload::FirstPage);
    }
    // Reads `query` of the ledger at `path` again in the background, also when both are the
    // ones shown (the ledger changed), with the pages in use, so that the view keeps its rows
    // while they are read.
    void reread(const QString& path, const Query& query)
    {
        m_path = path;
        m_query = query;
        reload(Reload::KeepPages);
    }
    const Query& query() const { return m_query; }

    // The row if its page was read; otherwise nullopt, and the page is asked for.
    std::optional<Row> rowAt(int row) const
    {
        if (const Row* found = loadedRow(row))
            return *found;
        return std::nullopt;
    }

protected:
    // `query` is what the list shows until setQuery() (say, as of today).
    explicit PagedQueryModel(QObject* parent, const Query& query = Query())
        : PagedListModel(parent)
        , m_query(query)
    {}

    // What every read of a query does on its connection before counting or paging: a
    // connection's scratch state (say, the scores a sort uses) is its own, and each read opens
    // another.
    using Preparation = std::function<Result<void>(Service&, const Query&)>;
    void setPreparation(Preparation prepare) { m_prepare = std::move(prepare); }

    // The row if its page was read; otherwise nullptr, and the page is asked for.
    const Row* loadedRow(int row) const
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        const Row* found = m_pages.row(row / pageSize(), row % pageSize());
        if (!found)
            requestRow(row);
        return found;
    }

    bool hasSource() const override { return !m_path.isEmpty(); }
    void startCount(quint64 generation, const QList<qint64>& pages) override
    {
        countJobs().start(
            [path = m_path, query = m_query, prepare = m_prepare, pages,
             size = pageSize()](const JobControl& control) {
                return read(path, query, prepare, std::nullopt, pages, size, control);
            },
            [this, generation](Result<Read> read) {
                if (!read) {
                    applyCount(generation, std::unexpected(read.error()), {});
                    return;
                }
                applyCount(generation, read->count, [this, &read] { store(*read); });
            });
    }
    void startPages(quint64 generation, const QList<qint64>& pages) override
    {
        pageJobs().start(
            [path = m_path, query = m_query, prepare = m_prepare, pages, size = pageSize(),
             count = matchingCount()](const JobControl& control) {
                return read(path, query, prepare, count, pages, size, control);
            },
            [this, generation](Result<Read> read) {
                if (!read) {
                    applyPages(generation, std::unexpected(read.error()), {});
                    return;
                }
                QList<qint64> numbers;
                for (const auto& page : std::as_const(read->pages))
                    numbers.append(page.first);
                applyPages(generation, numbers, [this, &read] { store(*read); });
            });
    }
    bool hasPage(qint64 page) const override { return m_pages.contains(page); }
    QList<qint64> recentPages(int count) const override { return m_pages.recentPages(count); }
    void clearRows() override { m_pages.clear(); }

private:
    // Pages kept: a screenful or two, and where the user was before the last jumps.
    static constexpr int cachedPages = 32;

    struct Read {
        qint64 count = 0;
        QList<std::pair<qint64, QList<Row>>> pages;
    };

    // On a worker thread: counts the rows of `query` unless `count` is known, and reads its
    // `pages` that are within the count.
    static Result<Read> read(const QString& path, const Query& query, const Preparation& prepare,
                             std::optional<qint64> count, const QList<qint64>& pages, int pageSize,
                             const JobControl& control)
    {
        auto database = Database::open(path);
        if (!database)
            return std::unexpected(database.error());
        Service service(**database);
        if (prepare) {
            if (auto prepared = prepare(service, query); !prepared)
                return std::unexpected(prepared.error());
        }
        Read read;
        if (count) {
            read.count = *count;
        } else {
            const auto counted = service.count(query);
            if (!counted)
                return std::unexpected(counted.error());
            read.count = *counted;
        }
        for (const qint64 page : pages) {
            const qint64 offset = page * pageSize;
            if (control.shouldStop() || offset >= read.count)
                continue;
            auto rows = readPage(service, query, offset, pageSize, read.count);
            if (!rows)
                return std::unexpected(rows.error());
            read.pages.append({page, std::move(*rows)});
        }
        return read;
    }

    // From the nearer end of the list where the service can (see pageFromNearerEnd).
    static auto readPage(Service& service, const Query& query, qint64 offset, int limit,
                         qint64 count)
    {
        if constexpr (requires { service.page(query, offset, limit, count); })
            return service.page(query, offset, limit, count);
        else
            return service.page(query, offset, limit);
    }

    void store(Read& read)
    {
        for (auto& page : read.pages)
            m_pages.insert(page.first, std::move(page.second));
    }

    QString m_path;
    Query m_query;
    Preparation m_prepare;
    PageCache<Row> m_pages{cachedPages};
};

} // namespace ardesk
