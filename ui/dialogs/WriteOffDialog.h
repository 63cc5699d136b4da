#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "domain/CurrencyCode.h"

namespace Ui {
class WriteOffDialog;
}

namespace ardesk {

class LedgerSession;

// Writes off (part of) one invoice through WriteOffService: the amount starts as everything
// open on it (its plan's installments, once a plan took it over), and a reason is required.
class WriteOffDialog : public QDialog {
    Q_OBJECT

public:
    // `number` names an invoice of the ledger; `customerName` is for the heading only.
    WriteOffDialog(LedgerSession& session, const QString& number, const QString& customerName,
                   QWidget* parent = nullptr);
    ~WriteOffDialog() override;

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::WriteOffDialog> m_ui;
    LedgerSession& m_session;
    QString m_number;
    std::optional<CurrencyCode> m_currency; // once the invoice was read
    qint64 m_openMinor = 0;
};

} // namespace ardesk
