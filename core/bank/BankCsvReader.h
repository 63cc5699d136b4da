#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "bank/BankCsvProfile.h"
#include "bank/BankStatement.h"
#include "domain/Error.h"

namespace ardesk {

// A bank's CSV export, read with its column profile (BankCsvProfile) through the house CSV
// reader (RFC 4180, any one-character separator). The file is one statement of the profile's
// account; each row between the skipped head and tail rows is one booked entry. Text is UTF-8,
// else ISO-8859-1, as with MT940.
//
// Problems are located like those of the native import: "file:line:column: COLUMN: what was
// expected, got "x"", the column being the field's 1-based position.
class BankCsvReader {
public:
    BankCsvReader(QString fileName, BankCsvProfile profile);

    Result<QList<BankStatement>> read(QByteArrayView content) const;

private:
    QString m_fileName;
    BankCsvProfile m_profile;
};

} // namespace ardesk
