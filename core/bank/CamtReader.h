#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "bank/BankStatement.h"
#include "domain/Error.h"

namespace ardesk {

// ISO 20022 bank-to-customer messages: camt.053 statements (BkToCstmrStmt/Stmt) and camt.054
// debit/credit notifications (BkToCstmrDbtCdtNtfctn/Ntfctn), versions .001.02 to .001.08.
// Elements are matched on local names, so every version in that range reads alike; a file of
// any other message or version is refused, never half read.
//
// Each Stmt/Ntfctn becomes a BankStatement; each Ntry one BankEntry, or one per TxDtls when it
// holds several details with amounts of their own (CamtEntryDraft has the rules).
class CamtReader {
public:
    // fileName is only used to locate problems: "file:line:column: what was expected", with
    // the line and column of the XML element concerned.
    explicit CamtReader(QString fileName);

    Result<QList<BankStatement>> read(QByteArrayView content) const;

private:
    QString m_fileName;
};

} // namespace ardesk
