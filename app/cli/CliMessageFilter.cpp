#include "CliMessageFilter.h"

#include <QString>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

QtMessageHandler qtHandler = nullptr;

void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(u"Unable to free statement: "_s))
        return;
    qtHandler(type, context, message);
}

} // namespace

void CliMessageFilter::install()
{
    qtHandler = qInstallMessageHandler(filter);
}

} // namespace ardesk::cli
