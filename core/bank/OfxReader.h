#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "bank/BankStatement.h"
#include "domain/Error.h"

namespace ardesk {

// OFX bank and credit card statements: OFX 1.x (SGML, leaf elements without end tags, after
// the OFXHEADER lines) and OFX 2.x (XML). Each STMTRS (bank) or CCSTMTRS (credit card) becomes
// a BankStatement, each STMTTRN a booked BankEntry and each STMTTRNP (pending list of OFX 2.2)
// a pending one. Amounts are read as decimal text into minor units, never through a double.
//
// Tolerated in 1.x: end tags of leaves written or not, empty leaves without an end tag, any
// case of tag names, a bare '&'. A file cut off before an aggregate's end tag is an error, so a
// truncated download is never read as a shorter statement. 2.x must close every element.
//
// libofx was evaluated and not used: it reads only a file path, gives amounts as double and
// dates as time_t in the local time zone, and reports problems only as console output.
class OfxReader {
public:
    // fileName is only used to locate problems: "file:line:column: what was expected".
    explicit OfxReader(QString fileName);

    Result<QList<BankStatement>> read(QByteArrayView content) const;

private:
    QString m_fileName;
};

} // namespace ardesk
