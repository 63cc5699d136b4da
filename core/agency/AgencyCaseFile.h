#pragma once

#include <QDate>
#include <QString>

#include "domain/Error.h"
#include "letters/LetterPainter.h"

namespace ardesk {

class Database;

// Where a case file goes. An empty path leaves that part out.
struct CaseFilePaths {
    QString pdf;          // the statement of account, then the case letter to the agency
    QString itemsCsv;     // the customer's open items and unapplied credit (aging detail)
    QString remindersCsv; // every reminder sent: date,document,level,level_name,channel
    QString activityCsv;  // the collection log: date,kind,document,text,...

    // The CSV files beside `base` (its name without the extension, then -reminders.csv ...),
    // as `agency export` and the desktop app name them.
    static QString beside(const QString& base, const QString& suffix);
};

// The case file a collection agency gets for one customer, as of a date: the statement of
// account (the existing statement letter) followed by a letter to the agency with the
// hand-over, the reminders sent and the activity log, in the customer's language; the same
// facts as CSV files. Each file appears whole or not at all.
class AgencyCaseFile {
public:
    AgencyCaseFile(Database& database, LetterLayout layout = {});

    // NotFound for an unknown customer; Io when a file cannot be written (the files written
    // before it are kept).
    Result<void> write(const QString& customerCode, QDate asOf, const CaseFilePaths& paths);

private:
    Database& m_database;
    LetterLayout m_layout;
};

} // namespace ardesk
