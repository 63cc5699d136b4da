#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "bank/BankStatement.h"
#include "domain/Error.h"

namespace ardesk {

// SWIFT MT940 customer statements, as German, Dutch and other banks export them: one or more
// statements, each from :20: to its closing balance :62F:/:62M:, with or without the SWIFT
// envelope ({1:…}{2:…}{4: … -}). The currency comes from the opening balance :60F:/:60M:;
// each :61: line is one entry, described by the :86: after it (Mt940Details).
//
// Tolerated: CRLF or LF, trailing spaces, empty lines, lines before the first :20: (bank
// headers), UTF-8 or ISO-8859-1 text. A statement cut off before its closing balance is an
// error, so a truncated file is never read as a shorter one.
class Mt940Reader {
public:
    // fileName is only used to locate problems: "file:line:column: what was expected".
    explicit Mt940Reader(QString fileName);

    Result<QList<BankStatement>> read(QByteArrayView content) const;

private:
    QString m_fileName;
};

} // namespace ardesk
