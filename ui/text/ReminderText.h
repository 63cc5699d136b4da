#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "domain/SentReminder.h"

namespace ardesk {

// How a reminder level and a reminder sent read on screen: the one wording of the reminder
// preview, the customer's activity log and the invoice list.
class ReminderText {
    Q_DECLARE_TR_FUNCTIONS(ReminderText)

public:
    // "2 – Second reminder"; "Level 2" for a level removed since it was sent.
    static QString level(int level, const QString& name, const QLocale& locale);
    // "Letter", "E-mail", "Letter and e-mail".
    static QString channel(ReminderChannel channel);
    // "2 – Second reminder · Letter": a reminder sent, at which level and how.
    static QString sent(int level, const QString& name, ReminderChannel channel,
                        const QLocale& locale);
    // "Level 2 · 01/12/2026": an invoice's last reminder, short enough for a list column.
    static QString last(const SentReminder& sent, const QLocale& locale);
};

} // namespace ardesk
