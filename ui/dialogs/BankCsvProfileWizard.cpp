#include "dialogs/BankCsvProfileWizard.h"

#include "dialogs/BankCsvColumnsPage.h"
#include "dialogs/BankCsvLayoutPage.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankCsvProfileWizard::BankCsvProfileWizard(const QString& fileName, QByteArray content,
                                           CurrencyCode currency, QWidget* parent)
    : QWizard(parent)
    , m_layoutPage(new BankCsvLayoutPage(content, this))
    , m_columnsPage(new BankCsvColumnsPage(*m_layoutPage, fileName, content, currency, this))
{
    setObjectName(u"bankCsvProfileWizard"_s);
    //: %1 the bank file's name.
    setWindowTitle(tr("New Bank CSV Profile for “%1”").arg(fileName));
    // The same look on every platform: the steps read as a form, not as a setup program.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(m_layoutPage);
    addPage(m_columnsPage);
    setButtonText(QWizard::FinishButton, tr("Save and &Import"));
    resize(760, 620);
}

BankCsvProfile BankCsvProfileWizard::profile() const
{
    return m_columnsPage->profile();
}

} // namespace ardesk
