#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QLocale>

#include "domain/Error.h"

namespace ardesk {

// A table read lazily a page at a time (canFetchMore/fetchMore), so that a million rows cost
// no more to show than a page. Counting, filtering and sorting are the database's: a new query
// counts once and starts over from the first page, which comes with the reset so that a
// freshly filtered list never flashes empty; scrolling only reads further pages. Subclasses
// keep the rows and say how to count and read them.
class PagedListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    // Rows matching the query in the ledger, loaded or not.
    qint64 matchingCount() const { return m_matching; }
    // Reads the current query again from the first page.
    void refresh() { reload(); }
    // Amounts, numbers and dates are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // Reading from the ledger failed; the list shows what it had so far.
    void readFailed(const ardesk::Error& error);
    void matchingCountChanged(qint64 count);

protected:
    explicit PagedListModel(QObject* parent);

    // Starts over from the first page of the current query.
    void reload();
    const QLocale& locale() const { return m_locale; }

    // Whether there is a ledger to read at all.
    virtual bool hasSource() const = 0;
    virtual Result<qint64> countRows() = 0;
    // Reads up to `limit` rows from `offset` and holds them back; returns how many it read.
    virtual Result<qsizetype> readPage(qint64 offset, int limit) = 0;
    // Moves the rows read last behind the loaded ones (while rows are being inserted).
    virtual void appendReadPage() = 0;
    virtual void clearRows() = 0;
    virtual qsizetype loadedRows() const = 0;

private:
    std::optional<Error> readFirstPage();
    bool appendPage();

    qint64 m_matching = 0;
    QLocale m_locale;
    // Set while the model announces a change. fetchMore() must not start another one then:
    // whoever handles modelReset or rowsInserted first (a view, a proxy, a model tester) would
    // otherwise make the model change under listeners that have not seen the first change yet.
    bool m_changing = false;
};

} // namespace ardesk
