#pragma once

#include <QByteArray>
#include <QWizardPage>

#include "bank/BankCsvProfile.h"
#include "domain/CurrencyCode.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class BankCsvLayoutPage;

// The second step of setting up a bank's CSV profile: which column holds what (dates, the
// amount or a debit and a credit column, the payer, their account, the remittance text), how
// dates and amounts are written, the account and currency of the statements and the profile's
// name. Columns are proposed from the header's names and the date format from the dates; the
// file is read with the profile as it stands, and the page is complete once it reads.
class BankCsvColumnsPage : public QWizardPage {
    Q_OBJECT

public:
    BankCsvColumnsPage(const BankCsvLayoutPage& layout, QString fileName, QByteArray content,
                       CurrencyCode currency, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    BankCsvProfile profile() const;

private:
    enum AmountChoice { SignedAmount, DebitAndCredit };

    QComboBox* columnComboBox(const QString& objectName);
    void fillColumns();
    void proposeColumns();
    void proposeFormats();
    void check();

    const BankCsvLayoutPage& m_layout;
    QString m_fileName;
    QByteArray m_content;
    bool m_ready = false;
    QList<QComboBox*> m_columnComboBoxes;
    QComboBox* m_bookingDateComboBox;
    QComboBox* m_valueDateComboBox;
    QComboBox* m_amountChoiceComboBox;
    QComboBox* m_amountComboBox;
    QComboBox* m_debitComboBox;
    QComboBox* m_creditComboBox;
    QComboBox* m_nameComboBox;
    QComboBox* m_accountComboBox;
    QComboBox* m_referenceComboBox;
    QComboBox* m_moreReferenceComboBox;
    QComboBox* m_bankReferenceComboBox;
    QComboBox* m_dateFormatComboBox;
    QCheckBox* m_decimalCommaCheckBox;
    QLineEdit* m_currencyLineEdit;
    QLineEdit* m_statementAccountLineEdit;
    QLineEdit* m_nameLineEdit;
    QLabel* m_checkLabel;
};

} // namespace ardesk
