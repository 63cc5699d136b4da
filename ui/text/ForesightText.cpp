#include "text/ForesightText.h"

#include <QStringList>

namespace ardesk {

QString ForesightText::reason(const Reason& reason, const QLocale& locale)
{
    switch (reason.kind) {
    case ReasonKind::PaysLate:
        return tr("Pays %n day(s) late on average", nullptr, reason.value);
    case ReasonKind::PaysEarly:
        return tr("Pays %n day(s) early on average", nullptr, reason.value);
    case ReasonKind::PaysOnTime:
        return tr("Pays on time");
    case ReasonKind::PaidLateShare:
        return tr("Paid late %1 of %n time(s)", nullptr, reason.total)
            .arg(locale.toString(reason.value));
    case ReasonKind::Drifting:
        return reason.value >= 0
                   ? tr("Paying later lately (%n day(s) a month)", nullptr, reason.value)
                   : tr("Paying sooner lately (%n day(s) a month)", nullptr, -reason.value);
    case ReasonKind::Erratic:
        return tr("Erratic (varies by %n day(s))", nullptr, reason.value);
    case ReasonKind::LargerThanUsual:
        return tr("Larger than usual (%1%)").arg(locale.toString(reason.value));
    case ReasonKind::SmallerThanUsual:
        return tr("Smaller than usual (%1%)").arg(locale.toString(reason.value));
    case ReasonKind::Overdue:
        return tr("%n day(s) overdue", nullptr, reason.value);
    case ReasonKind::MonthEnd:
        return tr("Pays at the end of the month");
    case ReasonKind::LittleHistory:
        return tr("Only %n payment(s) known", nullptr, reason.value);
    case ReasonKind::NoHistory:
        return tr("No payment history");
    case ReasonKind::PartlyPaid:
        return tr("Partly paid");
    case ReasonKind::Disputed:
        return tr("Disputed");
    case ReasonKind::Reminded:
        return tr("Reminder level %1 sent").arg(locale.toString(reason.value));
    case ReasonKind::BrokenPromises:
        return tr("%n broken promise(s) to pay", nullptr, reason.value);
    case ReasonKind::PlanDefaulted:
        return tr("Installment plan defaulted");
    case ReasonKind::OpenDisputes:
        return tr("%n open dispute(s)", nullptr, reason.value);
    case ReasonKind::OverdueShare:
        return tr("%1% of the open amount over 30 days overdue").arg(locale.toString(reason.value));
    }
    return {};
}

QString ForesightText::reasons(const QList<Reason>& reasons, const QLocale& locale)
{
    QStringList lines;
    for (const Reason& each : reasons)
        lines.append(reason(each, locale));
    return lines.join(u'\n');
}

QString ForesightText::risk(const CustomerRisk& risk, const QLocale& locale)
{
    const QString heading =
        tr("Risk %1 (%2 of 100)").arg(risk.grade).arg(locale.toString(risk.score));
    return risk.reasons.isEmpty() ? heading : heading + u'\n' + reasons(risk.reasons, locale);
}

QString ForesightText::prediction(const Prediction& prediction, const QLocale& locale)
{
    QString text = tr("Expected to be paid on %1; chance of paying late: %2%")
                       .arg(locale.toString(prediction.payDate, QLocale::ShortFormat),
                            locale.toString(qRound(prediction.pLate * 100)));
    if (prediction.basis == PredictionBasis::Pooled)
        text += u'\n' + tr("Estimated partly from similar customers: little history of its own.");
    else if (prediction.basis == PredictionBasis::None)
        text += u'\n' + tr("Estimated from similar customers: no history of its own.");
    if (!prediction.reasons.isEmpty())
        text += u'\n' + reasons(prediction.reasons, locale);
    return text;
}

} // namespace ardesk
