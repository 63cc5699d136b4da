#include "text/ReminderText.h"

namespace ardesk {

QString ReminderText::level(int level, const QString& name, const QLocale& locale)
{
    if (name.isEmpty())
        return tr("Level %1", "a reminder level").arg(locale.toString(level));
    return tr("%1 – %2", "a reminder level: its number, its name")
        .arg(locale.toString(level), name);
}

QString ReminderText::channel(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Letter:
        return tr("Letter");
    case ReminderChannel::Email:
        return tr("E-mail");
    case ReminderChannel::Both:
        return tr("Letter and e-mail");
    }
    return QString();
}

QString ReminderText::sent(int level, const QString& name, ReminderChannel channel,
                           const QLocale& locale)
{
    return tr("%1 · %2", "a reminder sent: its level, how it was sent")
        .arg(ReminderText::level(level, name, locale), ReminderText::channel(channel));
}

QString ReminderText::last(const SentReminder& sent, const QLocale& locale)
{
    return tr("Level %1 · %2", "an invoice's last reminder: its level, the date it was sent")
        .arg(locale.toString(sent.level), locale.toString(sent.date, QLocale::ShortFormat));
}

} // namespace ardesk
