#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Error.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

class DunningService;
class LetterReminderOutput;
class ReminderOutput;

// A dunning run that delivers for real: routes each notice to the outputs its level's channel
// asks for, and records it once its output exists, with the channel that was produced.
class ReminderRun {
public:
    // Why a notice went another way than its level's channel, or not at all.
    struct Note {
        enum class Reason {
            NoEmailAddress, // an e-mail level, but no address: sent as a letter instead
            NeedsLetters,   // a letter is due, but the run writes no letters
            NeedsEmails,    // an e-mail is due, but the run neither saves nor sends e-mails
            Refused,        // the mail server turned the customer's address down: not sent
        };
        Reason reason;
        QString customerName;
        QString customerCode;
        int level = 0;
        QString detail; // Refused: who, the server and its reply (the output's error)
    };

    struct Outputs {
        LetterReminderOutput* letters = nullptr; // the run's PDF; none: no letters this run
        QList<ReminderOutput*> emails;           // each e-mail goes to all of these, in order
    };

    // `dunning` and the outputs outlive the run; `date` is the date recorded in the log.
    ReminderRun(DunningService& dunning, Outputs outputs, QDate date);

    // Delivers and records `notices` (DunningService::select's), stopping at the first
    // failure, which it returns. What was delivered before it stays recorded (delivered()).
    // A notice an output refused alone (ErrorCode::Refused) does not stop the run: it is left
    // unrecorded for a later run and noted (Note::Reason::Refused).
    Result<void> run(const QList<ReminderNotice>& notices);

    // The notices delivered and recorded, in the run's order, each with its level's channel
    // replaced by the channel that was produced (what the log holds).
    const QList<ReminderNotice>& delivered() const { return m_delivered; }
    // Why notices went another way or not at all, in the run's order.
    const QList<Note>& notes() const { return m_notes; }

private:
    std::optional<ReminderChannel> route(const ReminderNotice& notice);
    Result<void> deliverLetters(const QList<ReminderNotice>& notices);
    Result<void> deliverEmails(const QList<ReminderNotice>& notices);

    DunningService& m_dunning;
    Outputs m_outputs;
    QDate m_date;
    QList<std::optional<ReminderChannel>> m_routes;   // per notice: the channel to produce
    QList<std::optional<ReminderChannel>> m_produced; // per notice: recorded as this channel
    QList<ReminderNotice> m_delivered;
    QList<Note> m_notes;
};

} // namespace ardesk
