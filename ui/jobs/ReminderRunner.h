#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include "cashapp/BankMatch.h"
#include "domain/AgencyHandover.h"
#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "dunning/ReminderRun.h"
#include "foresight/ForesightReport.h"
#include "letters/LetterTemplates.h"
#include "mail/SmtpSettings.h"

namespace ardesk {

// What a dunning run would send as of a date, with what the letters need to be laid out.
struct ReminderPreview {
    QDate asOf;
    QList<ReminderNotice> notices;
    CompanyDetails company;
    LetterTemplates templates;
    // Bank receipts not applied yet, with who the matcher sees in each: a customer about to be
    // reminded may already have paid.
    QList<BankMatch> waitingReceipts;
    // Customers with a collection agency on the date: the run leaves them out.
    QList<AgencyHandover> withAgency;
    // The risk of the customers with something open on the date (none when no notice).
    QList<CustomerRisk> risks;
};

// How the confirmed run goes out: where the letters or e-mails are written or sent.
struct ReminderDelivery {
    enum class Kind { LettersFile, LettersPerCustomer, EmlDrafts, Send };
    Kind kind = Kind::LettersFile;
    QString path;      // the PDF file (LettersFile) or the folder (the others but Send)
    SmtpSettings smtp; // Send: the server, and the password read from the keychain
    QString password;
    QDate date;     // recorded in the reminder log as the day sent
    QString sender; // e-mail runs: the From address
    // E-mail runs: where the letters of "letter and e-mail" levels go, one PDF per customer.
    // Empty: such customers are left out of the run (ReminderRun records both halves or none).
    QString bothLettersFolder;
    // Book each letter's interest and fee as a charge on the customer (DunningService).
    bool bookCharges = false;
};

// What a run did: the notices delivered and recorded, why others were left out (ReminderRun's
// notes), and the error that stopped it, if any.
struct ReminderDeliveryReport {
    QList<ReminderNotice> delivered;
    QList<ReminderRun::Note> notes;
    std::optional<Error> error;
    bool cancelled = false;
};

class JobRunner;

// Computes the dunning run's selection and delivers the confirmed run, each on a JobRunner (a
// job opens its own Database on the ledger path: a connection belongs to its thread). A
// delivery goes one customer at a time and can be cancelled between customers: those done stay
// delivered and recorded, the rest are neither (DunningService::deliver's rule). The one-file
// PDF is the exception: the file and its record are all or nothing (LetterReminderOutput), so
// it runs as one step.
class ReminderRunner : public QObject {
    Q_OBJECT

public:
    explicit ReminderRunner(QObject* parent = nullptr);

    // A newer preview supersedes one still being read: only the latest is answered.
    void preview(const QString& ledgerPath, QDate asOf);
    // Drops the answer of a preview still being read (its ledger was closed).
    void discardPreview();
    void deliver(const QString& ledgerPath, const QList<ReminderNotice>& notices,
                 const ReminderDelivery& delivery);
    // Asks a delivery to stop before the next customer.
    void cancel();
    bool isPreviewing() const;
    bool isDelivering() const;
    // The delivery's runner, for a progress dialog to follow.
    JobRunner* deliveries() const { return m_deliveries; }

    // The PDF of one customer's letters in a LettersPerCustomer folder.
    static QString letterFileName(const ReminderNotice& notice);

Q_SIGNALS:
    void previewed(const ardesk::ReminderPreview& preview);
    void previewFailed(const ardesk::Error& error);
    void delivered(const ardesk::ReminderDeliveryReport& report);

private:
    JobRunner* m_previews;
    JobRunner* m_deliveries;
};

} // namespace ardesk
