#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

// Asks for a new company's name, home currency and ledger file, and creates the ledger when
// the user confirms. OK stays disabled until the name is given and the file is free.
class NewCompanyDialog : public QDialog {
    Q_OBJECT

public:
    explicit NewCompanyDialog(QWidget* parent = nullptr);

    // The ledger created, once the dialog was accepted.
    QString ledgerPath() const;
    QString companyName() const;
    QString currencyCode() const;

    void accept() override;

private:
    void companyNameChanged(const QString& name);
    void browse();
    void validate();

    QLineEdit* m_nameLineEdit;
    QComboBox* m_currencyComboBox;
    QLineEdit* m_locationLineEdit;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
    // Until the user picks a file, the file follows the company name.
    bool m_locationChosen = false;
};

} // namespace ardesk
