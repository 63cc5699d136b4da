#pragma once

#include <QWizardPage>

namespace ardesk {

// A wizard page whose Next/Finish button the wizard enables itself: the import wizard's pages
// are complete only once their background work (a check, the import) says so.
class ImportWizardPage : public QWizardPage {
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    bool isComplete() const override;
    void setComplete(bool complete);

private:
    bool m_complete = true;
};

} // namespace ardesk
