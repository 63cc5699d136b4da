#include "domain/ReminderChannelName.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString reminderChannelName(ReminderChannel channel)
{
    switch (channel) {
    case ReminderChannel::Letter:
        return u"letter"_s;
    case ReminderChannel::Email:
        return u"email"_s;
    case ReminderChannel::Both:
        return u"both"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReminderChannel> reminderChannelFromName(QStringView name)
{
    for (const ReminderChannel channel :
         {ReminderChannel::Letter, ReminderChannel::Email, ReminderChannel::Both}) {
        if (name == reminderChannelName(channel))
            return channel;
    }
    return std::nullopt;
}

} // namespace ardesk
