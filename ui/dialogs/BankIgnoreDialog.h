#pragma once

#include <QDialog>

#include "cashapp/BankMatch.h"

class QDialogButtonBox;
class QLineEdit;

namespace ardesk {

// Asks why a bank line is not a receipt to apply (a refund, a transfer between own accounts):
// the reason is kept with the line, so it cannot be left blank.
class BankIgnoreDialog : public QDialog {
    Q_OBJECT

public:
    explicit BankIgnoreDialog(const BankLine& line, QWidget* parent = nullptr);

    QString reason() const;

private:
    QLineEdit* m_reasonLineEdit;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
