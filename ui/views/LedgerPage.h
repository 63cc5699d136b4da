#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QWidget>

#include "domain/Error.h"
#include "views/SavedDocument.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ardesk {

class LedgerSession;
class PagedListModel;

// One page of the main window (customers now; invoices, aging, KPIs, ... later). A page shows
// the open ledger through the session's services and reports a one-line summary for the
// status bar.
class LedgerPage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stable, untranslated identifier ("customers"): screenshot file names, saved state.
    virtual QString pageId() const = 0;
    // Translated name for navigation.
    virtual QString title() const = 0;
    // The ledger to show, or nullptr after it was closed. Not owned.
    virtual void setSession(LedgerSession* session) = 0;
    // The ledger changed under the page (a document saved, a run posted): reads it again,
    // keeping what the user set up (search, filter, order, scroll position, selection), and
    // selects `saved` where the page lists it. By default the page starts over as after
    // setSession(); a list page keeps its state.
    virtual void ledgerEdited(LedgerSession* session, const SavedDocument& saved);
    virtual QString statusText() const = 0;
    // Whether the page is still reading in the background (screenshots wait for it).
    virtual bool isBusy() const { return false; }
    // Gives the keyboard to the page's own search field (Edit > Find); false when it has none.
    virtual bool focusSearch() { return false; }

Q_SIGNALS:
    void statusTextChanged(const QString& text);
    void busyChanged(bool busy);

protected:
    // Tells the user that reading the ledger failed, one box at a time: a list scrolled on, or
    // a page reloaded, could fail again while the first box is still open.
    void showReadError(const QString& title, const Error& error);
    // Tells the status bar that statusText() changed.
    void updateStatus();
    // Keeps the page in step with its lazily read list: `updateEmptyState` after every reset
    // and change of the row count, the status text whenever the number of matching rows
    // changes, busyChanged() when a count starts or ends, and a box titled `readErrorTitle()`
    // when reading fails.
    void followPagedList(PagedListModel* model, const std::function<void()>& updateEmptyState,
                         const std::function<QString()>& readErrorTitle);
    // Lays out a filtered list: the heading on the left of the top row; on the right the
    // filter with its label, the search field and `actions` (say, New Plan…); the table below,
    // with the focus. Tab goes from the filter through the search field and the actions to the
    // table.
    void layOutFilteredList(QLabel* heading, QLabel* filterLabel, QComboBox* filter,
                            QLineEdit* search, const QList<QWidget*>& actions, QTableView* table);

    // Runs `read` now unless the page is hidden behind another page of a window on screen;
    // then when it is next shown. A later call
    // replaces a read still waiting. At open only the page in front reads the ledger, so the
    // dashboard's whole-ledger reads do not share the machine with lists nobody looks at.
    void readWhenShown(std::function<void()> read);
    void showEvent(QShowEvent* event) override;

private:
    bool m_readErrorShown = false;
    std::function<void()> m_pendingRead;
};

} // namespace ardesk
