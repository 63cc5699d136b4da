#include "models/PagedListModel.h"

#include "widgets/ChangeGuard.h"

namespace ardesk {

PagedListModel::PagedListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PagedListModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole});
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(loadedRows());
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && hasSource() && !m_changing && loadedRows() < m_matching;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        appendPage();
}

void PagedListModel::reload()
{
    const qint64 previousMatching = m_matching;
    std::optional<Error> failure;
    {
        const ChangeGuard guard(m_changing);
        beginResetModel();
        clearRows();
        m_matching = 0;
        if (hasSource())
            failure = readFirstPage();
        endResetModel();
    }
    if (failure)
        Q_EMIT readFailed(*failure);
    if (m_matching != previousMatching)
        Q_EMIT matchingCountChanged(m_matching);
}

std::optional<Error> PagedListModel::readFirstPage()
{
    const auto count = countRows();
    if (!count)
        return count.error();
    if (*count == 0)
        return std::nullopt;
    const auto read = readPage(0, pageSize);
    if (!read)
        return read.error();
    appendReadPage();
    m_matching = *read < pageSize ? *read : *count;
    return std::nullopt;
}

bool PagedListModel::appendPage()
{
    const auto read = readPage(loadedRows(), pageSize);
    if (!read) {
        // Stop asking: a view would call fetchMore again on every scroll and repeat the error.
        m_matching = loadedRows();
        Q_EMIT matchingCountChanged(m_matching);
        Q_EMIT readFailed(read.error());
        return false;
    }
    if (*read > 0) {
        const ChangeGuard guard(m_changing);
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(*read) - 1);
        appendReadPage();
        endInsertRows();
    }
    // Rows may have gone (paid, removed) since we counted: the list ends where the data does,
    // whatever the count said.
    if (*read < pageSize && m_matching != loadedRows()) {
        m_matching = loadedRows();
        Q_EMIT matchingCountChanged(m_matching);
    }
    return true;
}

} // namespace ardesk
