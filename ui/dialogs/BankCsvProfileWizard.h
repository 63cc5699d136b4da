#pragma once

#include <QByteArray>
#include <QWizard>

#include "bank/BankCsvProfile.h"
#include "domain/CurrencyCode.h"

namespace ardesk {

class BankCsvColumnsPage;
class BankCsvLayoutPage;

// Sets up the column profile of a bank's CSV export from one of its files, in two steps: how
// the file is written, then which column holds what. The file is shown and read as the
// bookkeeper goes, so Finish is only offered once the profile reads it.
class BankCsvProfileWizard : public QWizard {
    Q_OBJECT

public:
    // `content`: the file's bytes; `currency`: proposed for the statements (the ledger's).
    BankCsvProfileWizard(const QString& fileName, QByteArray content, CurrencyCode currency,
                         QWidget* parent = nullptr);

    BankCsvProfile profile() const;

private:
    BankCsvLayoutPage* m_layoutPage;
    BankCsvColumnsPage* m_columnsPage;
};

} // namespace ardesk
