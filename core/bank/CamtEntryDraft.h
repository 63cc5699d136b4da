#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "bank/BankStatement.h"
#include "domain/Error.h"

namespace ardesk {

// A value read from one XML element, with where the element starts.
struct CamtValue {
    QString text;
    int line = 0;
    int column = 0;
    bool present = false;
};

// An <Amt Ccy="…">…</Amt>: the amount and the currency attribute (which may be missing).
struct CamtAmount {
    CamtValue value;
    QString currency;
    bool hasCurrency = false;
};

// One NtryDtls/TxDtls as read, before any rule is applied.
struct CamtDetail {
    int line = 0;
    int column = 0;
    CamtAmount amount;   // TxDtls/Amt (from .001.03 on)
    CamtAmount txAmount; // TxDtls/AmtDtls/TxAmt/Amt
    CamtValue creditDebit;
    QString endToEndId;
    QString debtorName;
    QString debtorAccount;
    QString creditorName;
    QString creditorAccount;
    QStringList structuredReferences; // RmtInf/Strd/CdtrRefInf/Ref
    QStringList unstructured;         // RmtInf/Ustrd
};

// One <Ntry> as read from the file. toEntries() applies the rules that turn it into bank
// entries, and is where a missing or malformed value is reported.
struct CamtEntryDraft {
    int line = 0;
    int column = 0;
    CamtAmount amount;
    CamtValue creditDebit;
    CamtValue status; // Sts (.001.02–.07) or Sts/Cd (.001.08)
    CamtValue bookingDate;
    CamtValue valueDate;
    QString accountServicerReference;
    QString entryReference;
    QString additionalInfo; // AddtlNtryInf
    QList<CamtDetail> details;

    Result<QList<BankEntry>> toEntries(const QString& file) const;
};

} // namespace ardesk
