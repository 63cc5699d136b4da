#include "dunning/ReminderRun.h"

#include "dunning/DunningService.h"
#include "dunning/LetterReminderOutput.h"
#include "dunning/ReminderOutput.h"

namespace ardesk {

namespace {

bool hasLetter(ReminderChannel channel)
{
    return channel != ReminderChannel::Email;
}

bool hasEmail(ReminderChannel channel)
{
    return channel != ReminderChannel::Letter;
}

ReminderRun::Note note(ReminderRun::Note::Reason reason, const ReminderNotice& notice,
                       const QString& detail = {})
{
    return {.reason = reason,
            .customerName = notice.customerName,
            .customerCode = notice.customerCode,
            .level = notice.level.level,
            .detail = detail};
}

} // namespace

ReminderRun::ReminderRun(DunningService& dunning, Outputs outputs, QDate date)
    : m_dunning(dunning)
    , m_outputs(std::move(outputs))
    , m_date(date)
{}

// The level's channel says how the customer hears of it; the run's outputs say what can be
// produced:
// - A customer without an e-mail address on an e-mail level gets a letter instead: "email"
//   becomes "letter", "both" becomes "letter". A reminder that cannot be e-mailed is still due.
// - A notice goes out only when every output its channel needs is part of the run (the PDF
//   for the letter, an .eml folder or the server for the e-mail). Otherwise it is left out and
//   nothing is recorded, so a later run with that output delivers it: recording half of a
//   "both" would mark the level sent while the customer never got the other half.
std::optional<ReminderChannel> ReminderRun::route(const ReminderNotice& notice)
{
    ReminderChannel channel = notice.level.channel;
    if (hasEmail(channel) && notice.customerEmail.trimmed().isEmpty()) {
        channel = ReminderChannel::Letter;
        m_notes.append(note(Note::Reason::NoEmailAddress, notice));
    }
    if (hasLetter(channel) && !m_outputs.letters) {
        m_notes.append(note(Note::Reason::NeedsLetters, notice));
        return std::nullopt;
    }
    if (hasEmail(channel) && m_outputs.emails.isEmpty()) {
        m_notes.append(note(Note::Reason::NeedsEmails, notice));
        return std::nullopt;
    }
    return channel;
}

Result<void> ReminderRun::run(const QList<ReminderNotice>& notices)
{
    m_notes.clear();
    m_delivered.clear();
    m_routes.clear();
    for (const ReminderNotice& notice : notices)
        m_routes.append(route(notice));
    m_produced = QList<std::optional<ReminderChannel>>(notices.size());

    // Letters first: the PDF is local and quick to finish, and a letter written but never
    // recorded (the e-mail half of a "both" refused later) is printed again next run, which is
    // harmless, while an e-mail sent but not recorded would be sent to the customer twice.
    Result<void> result = deliverLetters(notices);
    if (result)
        result = deliverEmails(notices);
    for (qsizetype i = 0; i < notices.size(); ++i) {
        if (!m_produced.at(i))
            continue;
        ReminderNotice notice = notices.at(i);
        notice.level.channel = *m_produced.at(i);
        m_delivered.append(std::move(notice));
    }
    return result;
}

// Every letter of the run goes into the PDF; once the file is written, the letter-only
// notices are recorded in one transaction. A failure before leaves no file and no record.
Result<void> ReminderRun::deliverLetters(const QList<ReminderNotice>& notices)
{
    if (!m_outputs.letters)
        return {};
    QList<ReminderNotice> lettersOnly;
    QList<qsizetype> lettersOnlyAt;
    for (qsizetype i = 0; i < notices.size(); ++i) {
        if (!m_routes.at(i) || !hasLetter(*m_routes.at(i)))
            continue;
        // Recorded below, once the PDF is written: nothing is handed over before that.
        if (auto added = m_outputs.letters->deliver(notices.at(i), {}); !added)
            return added;
        if (*m_routes.at(i) == ReminderChannel::Letter) {
            lettersOnly.append(notices.at(i));
            lettersOnlyAt.append(i);
        }
    }
    if (auto written = m_outputs.letters->finish(); !written)
        return written;
    if (lettersOnly.isEmpty())
        return {};
    if (auto recorded = m_dunning.record(lettersOnly, ReminderChannel::Letter, m_date); !recorded)
        return recorded;
    for (const qsizetype i : std::as_const(lettersOnlyAt))
        m_produced[i] = ReminderChannel::Letter;
    return {};
}

// Each e-mail is recorded as soon as it went out, before the next is tried: a run that stops
// halfway loses no record and the next run re-sends nothing. An output that hands the e-mail
// over records it at the hand-over (the server's acceptance), not when its session ends. A
// customer whose address the server refused is one customer's problem: noted, left for a later
// run, and the run goes on; any other failure would hit every customer after it, and stops it.
Result<void> ReminderRun::deliverEmails(const QList<ReminderNotice>& notices)
{
    for (qsizetype i = 0; i < notices.size(); ++i) {
        if (!m_routes.at(i) || !hasEmail(*m_routes.at(i)))
            continue;
        const ReminderNotice& notice = notices.at(i);
        const ReminderChannel channel = *m_routes.at(i);
        std::optional<Result<void>> recorded;
        const auto record = [&] {
            if (!recorded)
                recorded = m_dunning.record(notice, channel, m_date);
        };
        Result<void> delivered;
        for (ReminderOutput* output : std::as_const(m_outputs.emails)) {
            delivered = output->deliver(notice, record);
            if (!delivered)
                break;
        }
        if (delivered)
            record();
        if (recorded) {
            if (!*recorded)
                return *recorded;
            m_produced[i] = channel;
        } else if (delivered.error().code == ErrorCode::Refused) {
            m_notes.append(note(Note::Reason::Refused, notice, delivered.error().detail));
        } else {
            return delivered;
        }
    }
    return {};
}

} // namespace ardesk
