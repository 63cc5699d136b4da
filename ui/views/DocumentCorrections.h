#pragma once

#include <functional>

#include <QObject>
#include <QString>

#include "domain/Credit.h"

class QWidget;

namespace ardesk {

class LedgerPage;
class LedgerSession;

// The corrections of one saved document the main window offers (a double-click or Enter on a
// row, and Edit > Edit Document…, Void…, Delete): each opens its dialog or asks, carries the
// correction out through the core and says when the ledger changed.
class DocumentCorrections : public QObject {
    Q_OBJECT
public:
    // `session`: the ledger open now, or nullptr.
    enum class Change { Edit, Void, Delete };

    DocumentCorrections(QWidget* window, std::function<LedgerSession*()> session);

    // The change asked for (Edit > Edit Document…, Void…, Delete Document) on the one invoice,
    // payment or credit note selected on `page`; a hint when the page has none selected.
    void changeSelected(Change change, LedgerPage* page);

    void editInvoice(const QString& number);
    void voidInvoice(const QString& number);
    void deleteInvoice(const QString& number);
    // A payment's or credit note's allocation: un-apply and apply later.
    void editCredit(Credit::Kind kind, const QString& code);
    void voidCredit(Credit::Kind kind, const QString& code);
    void deleteCredit(Credit::Kind kind, const QString& code);

Q_SIGNALS:
    void ledgerChanged();

private:
    QString creditName(Credit::Kind kind, const QString& code) const;

    QWidget* m_window;
    std::function<LedgerSession*()> m_session;
};

} // namespace ardesk
