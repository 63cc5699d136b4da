#include "dialogs/ImportWizardPage.h"

namespace ardesk {

bool ImportWizardPage::isComplete() const
{
    return m_complete && QWizardPage::isComplete();
}

void ImportWizardPage::setComplete(bool complete)
{
    if (complete == m_complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged();
}

} // namespace ardesk
