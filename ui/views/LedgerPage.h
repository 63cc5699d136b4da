#pragma once

#include <QString>
#include <QWidget>

#include "domain/Error.h"

namespace ardesk {

class LedgerSession;

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
    virtual QString statusText() const = 0;
    // Whether the page is still reading in the background (screenshots wait for it).
    virtual bool isBusy() const { return false; }

Q_SIGNALS:
    void statusTextChanged(const QString& text);
    void busyChanged(bool busy);

protected:
    // Tells the user that reading the ledger failed, one box at a time: a list scrolled on, or
    // a page reloaded, could fail again while the first box is still open.
    void showReadError(const QString& title, const Error& error);

private:
    bool m_readErrorShown = false;
};

} // namespace ardesk
