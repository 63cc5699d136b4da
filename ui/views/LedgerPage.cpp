#include "views/LedgerPage.h"

#include "common/ErrorMessages.h"
#include "common/MessageBoxes.h"

namespace ardesk {

void LedgerPage::showReadError(const QString& title, const Error& error)
{
    if (m_readErrorShown)
        return;
    m_readErrorShown = true;
    MessageBoxes::warning(this, title, ErrorMessages::readLedger(error), error.detail);
    m_readErrorShown = false;
}

} // namespace ardesk
