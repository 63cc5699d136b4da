#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "imports/DateOrder.h"

namespace ardesk {

// One problem in an input file, located for a person: "file:line:column: message".
// line and column are 1-based; 0 means "the whole file" / "the whole line".
struct ImportIssue {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const
    {
        QString text = file;
        if (line > 0)
            text += u':' + QString::number(line);
        if (line > 0 && column > 0)
            text += u':' + QString::number(column);
        return text + QStringLiteral(": ") + message;
    }
};

struct ImportReport {
    int rowsRead = 0;
    int rowsImported = 0; // 0 unless committed
    bool dryRun = false;
    bool cancelled = false;
    // The order another tool's dates were read in (detected or chosen); nullopt for native
    // files and files without dates.
    std::optional<DateOrder> dateOrder;
    QList<ImportIssue> issues;

    bool succeeded() const { return issues.isEmpty() && !cancelled; }
};

} // namespace ardesk
