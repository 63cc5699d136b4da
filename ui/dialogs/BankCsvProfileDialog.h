#pragma once

#include <QDialog>
#include <QList>

#include "bank/BankCsvProfile.h"

class QComboBox;
class QLabel;

namespace ardesk {

// Asks which saved column profile reads a bank's CSV export: a CSV file says nothing about
// which column holds what, so the bookkeeper names the bank's profile (saved once, in the
// wizard or with `ardesk-cli bank csv-profile save`). The chosen profile is described in
// words; New Profile… ends the dialog with NewProfile, for the wizard to set one up.
class BankCsvProfileDialog : public QDialog {
    Q_OBJECT

public:
    // exec()'s result when the bookkeeper asked for a new profile instead.
    static constexpr int NewProfile = 2;

    // `profiles` not empty.
    BankCsvProfileDialog(const QString& fileName, QList<BankCsvProfile> profiles,
                         QWidget* parent = nullptr);

    const BankCsvProfile& profile() const;
    // What a profile reads, in a few lines: separator, dates, amounts, currency and account.
    static QString description(const BankCsvProfile& profile);

private:
    void showDescription();

    QList<BankCsvProfile> m_profiles;
    QComboBox* m_profileComboBox;
    QLabel* m_descriptionLabel;
};

} // namespace ardesk
