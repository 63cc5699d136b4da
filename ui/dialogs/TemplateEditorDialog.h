#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QList>

#include "domain/CompanyDetails.h"
#include "domain/CurrencyCode.h"
#include "domain/ReminderNotice.h"
#include "letters/LetterTemplateService.h"
#include "letters/LetterTemplates.h"

class QTimer;

namespace Ui {
class TemplateEditorDialog;
}

namespace ardesk {

class LedgerSession;

// Collections > Letter Templates (and "Edit Template…" of a dunning level): the mustache HTML
// of a level's reminder, or of the items table all levels share, in one language, with a live
// preview of the printed pages (LetterPreview, the run's PDF layout) for a chosen customer's
// real overdue items as of today (sample items when there are none), the fields the letters know,
// and a broken template's line and column. Save keeps the text in the ledger
// (LetterTemplateService), where every letter and e-mail then takes it; Restore Default deletes the
// ledger's version.
class TemplateEditorDialog : public QDialog {
    Q_OBJECT

public:
    // The preview waits this long after the last keystroke.
    static constexpr int previewDelayMs = 300;

    // `levels`: as the caller has them (the Dunning Levels dialog's, perhaps not saved yet);
    // `levelIndex` is chosen first.
    TemplateEditorDialog(LedgerSession& session, QList<DunningLevel> levels, int levelIndex = 0,
                         QWidget* parent = nullptr);
    ~TemplateEditorDialog() override;

    void reject() override;

private:
    QString templateName() const;
    QString language() const;
    DunningLevel previewLevel() const;
    bool isModified() const;
    bool confirmDiscard();
    void chooseTemplate();
    void load();
    void fillFields();
    void updatePreview();
    void showProblem(const std::optional<LetterTemplateService::Problem>& problem);
    void goToError();
    void insertField();
    void save();
    void changedMeanwhile();
    void restoreDefault();
    void updateState();

    std::unique_ptr<Ui::TemplateEditorDialog> m_ui;
    LedgerSession& m_session;
    QList<DunningLevel> m_levels;
    CompanyDetails m_company;
    CurrencyCode m_currency;
    LetterTemplates m_templates; // the ledger's, as last read
    QTimer* m_previewTimer;
    QString m_savedText; // the editor's text as loaded or last saved: what a save replaces
    std::optional<LetterTemplateService::Problem> m_problem;
    int m_levelIndex = 0;    // the template the editor holds, to go back to when a change
    int m_languageIndex = 0; // of choice is cancelled
};

} // namespace ardesk
