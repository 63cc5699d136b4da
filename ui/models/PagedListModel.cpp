#include "models/PagedListModel.h"

#include <limits>
#include <utility>

#include <QTimer>

#include "jobs/JobRunner.h"

namespace ardesk {

namespace {

// Pages read along with a refresh: what a view shows, and a little around it.
constexpr int refreshedPages = 8;
// Pages asked for at most at a time. Dragging the scroll bar asks for every page it passes;
// only the latest are still on screen when the read starts.
constexpr int wantedPages = 8;

} // namespace

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_countJobs(new JobRunner(this))
    , m_pageJobs(new JobRunner(this))
{}

void PagedListModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole});
}

bool PagedListModel::isReading() const
{
    return m_loading || m_readQueued || m_pageJobs->isRunning();
}

void PagedListModel::whenLoaded(const QObject* context, const std::function<void()>& then) const
{
    if (!m_loading) {
        then();
        return;
    }
    // The next change of loading is its end.
    connect(
        this, &PagedListModel::loadingChanged, context, [then] { then(); },
        Qt::SingleShotConnection);
}

void PagedListModel::setPageSize(int rows)
{
    beginResetModel();
    clearRows();
    m_pageSize = rows;
    endResetModel();
    reload(Reload::FirstPage);
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    // A view addresses rows by int: a list longer than that ends there.
    return parent.isValid()
               ? 0
               : static_cast<int>(std::min<qint64>(m_matching, std::numeric_limits<int>::max()));
}

void PagedListModel::reload(Reload kind)
{
    ++m_generation;
    if (kind == Reload::FirstPage)
        m_resetDue = true;
    m_pageJobs->discard();
    m_wanted.clear();
    m_pagesFailed = false;
    if (!hasSource()) {
        m_countJobs->discard();
        resetTo(0, [] {});
        setLoading(false);
        return;
    }
    QList<qint64> pages{0};
    if (kind == Reload::KeepPages) {
        for (const qint64 page : recentPages(refreshedPages)) {
            if (!pages.contains(page))
                pages.append(page);
        }
    }
    setLoading(true);
    startCount(m_generation, pages);
}

void PagedListModel::requestRow(int row) const
{
    const qint64 page = row / m_pageSize;
    if (m_wanted.contains(page))
        return;
    m_wanted.prepend(page);
    if (m_wanted.size() > wantedPages)
        m_wanted.removeLast();
    if (m_readQueued)
        return;
    m_readQueued = true;
    // A view asks from inside its painting: the read starts once it is done asking.
    QTimer::singleShot(0, this, [this] {
        m_readQueued = false;
        const_cast<PagedListModel*>(this)->readWantedPages();
    });
}

QVariant PagedListModel::pendingData(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == 0)
        return QStringLiteral("…");
    return QVariant();
}

void PagedListModel::readWantedPages()
{
    // A count under way brings its own first pages, and the view asks again after its reset.
    if (m_loading || m_pagesFailed || m_pageJobs->isRunning())
        return;
    QList<qint64> pages;
    for (const qint64 page : std::as_const(m_wanted)) {
        if (!hasPage(page) && page * m_pageSize < m_matching)
            pages.append(page);
    }
    m_wanted.clear();
    if (!pages.isEmpty())
        startPages(m_generation, pages);
}

void PagedListModel::applyCount(quint64 generation, const Result<qint64>& count,
                                const std::function<void()>& store)
{
    if (generation != m_generation)
        return;
    if (!count) {
        setLoading(false);
        Q_EMIT readFailed(count.error());
        return;
    }
    if (std::exchange(m_resetDue, false))
        resetTo(*count, store);
    else
        updateTo(*count, store);
    setLoading(false);
    // Rows asked for while the count was read belong to the list before the reset.
    m_wanted.clear();
}

void PagedListModel::applyPages(quint64 generation, const Result<QList<qint64>>& pages,
                                const std::function<void()>& store)
{
    if (generation != m_generation)
        return;
    if (!pages) {
        m_pagesFailed = true;
        Q_EMIT readFailed(pages.error());
        return;
    }
    store();
    emitPagesChanged(*pages);
    readWantedPages();
}

void PagedListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void PagedListModel::resetTo(qint64 count, const std::function<void()>& store)
{
    const qint64 previous = m_matching;
    beginResetModel();
    clearRows();
    store();
    m_matching = count;
    endResetModel();
    if (count != previous)
        Q_EMIT matchingCountChanged(count);
}

void PagedListModel::updateTo(qint64 count, const std::function<void()>& store)
{
    const qint64 previous = m_matching;
    const int before = rowCount();
    QList<qint64> pages = recentPages(std::numeric_limits<int>::max());
    clearRows();
    store();
    for (const qint64 page : recentPages(std::numeric_limits<int>::max())) {
        if (!pages.contains(page))
            pages.append(page);
    }
    const auto after = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (after > before) {
        beginInsertRows(QModelIndex(), before, after - 1);
        m_matching = count;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows(QModelIndex(), after, before - 1);
        m_matching = count;
        endRemoveRows();
    }
    m_matching = count;
    emitPagesChanged(pages);
    if (count != previous)
        Q_EMIT matchingCountChanged(count);
}

void PagedListModel::emitPagesChanged(const QList<qint64>& pages)
{
    const int last = rowCount() - 1;
    for (const qint64 page : pages) {
        const qint64 first = page * m_pageSize;
        if (first > last)
            continue;
        const auto end = static_cast<int>(std::min<qint64>(first + m_pageSize - 1, last));
        Q_EMIT dataChanged(index(static_cast<int>(first), 0), index(end, columnCount() - 1));
    }
}

} // namespace ardesk
