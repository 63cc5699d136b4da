#pragma once

#include <QList>
#include <QString>

#include "bank/BankFormat.h"
#include "bank/BankStatement.h"

namespace ardesk {

// A bank file as read: its format and its statements.
struct BankFile {
    QString path;
    BankFormat format = BankFormat::Camt;
    QList<BankStatement> statements;
};

} // namespace ardesk
