#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/ReminderNotice.h"

namespace ardesk {

// One reminder sent for one item, as the reminder log holds it: one row per item and level.
struct SentReminder {
    QDate date;
    QString document;
    int level = 0;
    QString levelName; // the level's name today; empty when the level was removed since
    ReminderChannel channel = ReminderChannel::Letter;
};

// One letter or e-mail a customer was sent, read back from the reminder log: the items a run
// raised for the customer on one day through one channel.
struct SentNotice {
    QDate date;
    // The highest level among its items: the level the notice was written at.
    int level = 0;
    QString levelName; // that level's name today; empty when the level was removed since
    ReminderChannel channel = ReminderChannel::Letter;
    QList<QString> documents; // the invoice and installment numbers, in number order
};

} // namespace ardesk
