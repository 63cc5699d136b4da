#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "domain/Error.h"

namespace ardesk {

class JobRunner;

// A table over a list of any length that the database counts, filters, sorts and pages. The
// count of the current query comes first, so that rowCount() is the whole list and a view's
// scroll bar spans it; rows are read a page at a time around what the view asks for, and a row
// whose page has not arrived shows "…" until dataChanged() fills it in. Counting and reading
// run on worker threads (JobRunner), so that neither typing a search nor dragging the scroll
// bar to the end of a million rows waits for the database: a new query keeps the rows of the
// old one on screen until its count and first page replace them in one reset, and an answer
// to a query or a refresh that was superseded meanwhile is dropped. A refresh of the query
// shown resets nothing: the rows it gained or lost come and go at the end, and the pages it
// read again, and those it forgot, change in place, so that views keep their scroll position
// and selection. (Where in a sorted list another user's rows went is not known without
// reading all of it; the page restores its selection by id, see TableViewState.) Subclasses
// keep the rows and say how to read them.
class PagedListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int defaultPageSize = 200;

    // Rows matching the query in the ledger, read or not.
    qint64 matchingCount() const { return m_matching; }
    // Whether the count of a new query, or of a refresh, is still being read.
    bool isLoading() const { return m_loading; }
    // Whether anything is being read or about to be: a count, or pages a view asked for.
    bool isReading() const;
    // Whether the page of `row` has arrived (asks for nothing).
    bool hasRow(int row) const { return hasPage(row / m_pageSize); }
    // Runs `then` (with `context` alive) once the count under way arrived or failed; now if
    // none is.
    void whenLoaded(const QObject* context, const std::function<void()>& then) const;
    // Reads the current query again in the background: the count and the pages looked at
    // last, which replace what the view shows without a reset.
    void refresh() { reload(Reload::KeepPages); }
    // Amounts, numbers and dates are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);
    int pageSize() const { return m_pageSize; }
    // Rows read at a time (tests use small pages); reads the list again.
    void setPageSize(int rows);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;

Q_SIGNALS:
    // Reading from the ledger failed; the list shows what it had so far.
    void readFailed(const ardesk::Error& error);
    void matchingCountChanged(qint64 count);
    void loadingChanged(bool loading);

protected:
    enum class Reload {
        FirstPage, // a new query: the pages read so far mean nothing for it
        KeepPages, // the same query read again: the pages in use are read along
    };

    explicit PagedListModel(QObject* parent);

    void reload(Reload kind);
    const QLocale& locale() const { return m_locale; }
    // Asks for the page of `row` (which was not read), read once the event loop runs.
    void requestRow(int row) const;
    // What a cell shows while its row's page is read: "…" in the first column.
    QVariant pendingData(const QModelIndex& index, int role) const;

    JobRunner& countJobs() const { return *m_countJobs; }
    JobRunner& pageJobs() const { return *m_pageJobs; }
    // The answer to startCount(): the count and, stored by `store` during the reset, its
    // pages; dropped unless `generation` is the latest.
    void applyCount(quint64 generation, const Result<qint64>& count,
                    const std::function<void()>& store);
    // The answer to startPages(): the page numbers `store` stores; dropped unless
    // `generation` is the latest.
    void applyPages(quint64 generation, const Result<QList<qint64>>& pages,
                    const std::function<void()>& store);

    // Whether there is a ledger to read at all.
    virtual bool hasSource() const = 0;
    // Counts the rows of the current query and reads `pages` of them, then applyCount().
    virtual void startCount(quint64 generation, const QList<qint64>& pages) = 0;
    // Reads `pages` of the current query, then applyPages().
    virtual void startPages(quint64 generation, const QList<qint64>& pages) = 0;
    virtual bool hasPage(qint64 page) const = 0;
    // Up to `count` pages read, the one used last first.
    virtual QList<qint64> recentPages(int count) const = 0;
    virtual void clearRows() = 0;

private:
    void readWantedPages();
    void setLoading(bool loading);
    // Replaces the rows with `count` of which `store` stores the pages read.
    void resetTo(qint64 count, const std::function<void()>& store);
    // The same, for the query shown: rows inserted or removed at the end, and dataChanged()
    // for the pages read before and now.
    void updateTo(qint64 count, const std::function<void()>& store);
    void emitPagesChanged(const QList<qint64>& pages);

    qint64 m_matching = 0;
    int m_pageSize = defaultPageSize;
    QLocale m_locale;
    JobRunner* m_countJobs;
    JobRunner* m_pageJobs;
    // Each reload starts a generation; pages read for an earlier one are dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
    // The rows on screen are not those of the current query (a new one, or none yet): its
    // count resets the model rather than updating it.
    bool m_resetDue = true;
    // Reading a page failed: no more tries until the next reload, or every repaint would
    // repeat the error.
    bool m_pagesFailed = false;
    // Pages views asked for and not read yet, the latest first; data() asks, hence mutable.
    mutable QList<qint64> m_wanted;
    mutable bool m_readQueued = false;
};

} // namespace ardesk
