#pragma once

#include <QString>

#include "domain/CompanyDetails.h"
#include "dunning/ReminderOutput.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"

namespace ardesk {

// The run's letters, one page set per customer, in one PDF file (`reminders --pdf FILE`).
// deliver() only lays a letter out: the file appears, atomically, at finish(). So a notice
// delivered here is not yet sent; record the letters only after finish() succeeded, all in one
// transaction (ReminderRun does), and a run that stops before leaves neither file nor log.
// No letter, no file: finish() then writes nothing.
class LetterReminderOutput final : public ReminderOutput {
public:
    // `templates`: the ledger's (LetterTemplateService), else the defaults.
    LetterReminderOutput(CompanyDetails company, QString path, LetterTemplates templates = {},
                         LetterLayout layout = {});

    Result<void> deliver(const ReminderNotice& notice, const Accepted& accepted) override;
    Result<void> finish();

private:
    LetterComposer m_composer;
    LetterPdfWriter m_writer;
    QString m_path;
    bool m_open = false;
};

} // namespace ardesk
