#include "foresight/Prediction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ardesk {

QString predictionBasisName(PredictionBasis basis)
{
    switch (basis) {
    case PredictionBasis::Customer:
        return u"customer"_s;
    case PredictionBasis::Pooled:
        return u"pooled"_s;
    case PredictionBasis::None:
        break;
    }
    return u"none"_s;
}

namespace {

QString days(int count)
{
    return count == 1 ? u"1 day"_s : u"%1 days"_s.arg(count);
}

} // namespace

QString reasonText(const Reason& reason)
{
    switch (reason.kind) {
    case ReasonKind::PaysLate:
        return u"pays %1 late on average"_s.arg(days(reason.value));
    case ReasonKind::PaysEarly:
        return u"pays %1 early on average"_s.arg(days(reason.value));
    case ReasonKind::PaysOnTime:
        return u"pays on time"_s;
    case ReasonKind::PaidLateShare:
        return u"paid late %1 of %2 times"_s.arg(reason.value).arg(reason.total);
    case ReasonKind::Drifting:
        return reason.value >= 0
                   ? u"paying later lately (+%1 a month)"_s.arg(days(reason.value))
                   : u"paying sooner lately (%1 a month)"_s.arg(u"-"_s + days(-reason.value));
    case ReasonKind::Erratic:
        return u"erratic (varies by %1)"_s.arg(days(reason.value));
    case ReasonKind::LargerThanUsual:
        return u"larger than usual (%1%)"_s.arg(reason.value);
    case ReasonKind::SmallerThanUsual:
        return u"smaller than usual (%1%)"_s.arg(reason.value);
    case ReasonKind::Overdue:
        return u"%1 overdue"_s.arg(days(reason.value));
    case ReasonKind::MonthEnd:
        return u"pays at month end"_s;
    case ReasonKind::LittleHistory:
        return reason.value == 1 ? u"only 1 payment known"_s
                                 : u"only %1 payments known"_s.arg(reason.value);
    case ReasonKind::NoHistory:
        return u"no payment history"_s;
    case ReasonKind::PartlyPaid:
        return u"partly paid"_s;
    case ReasonKind::Disputed:
        return u"disputed"_s;
    case ReasonKind::Reminded:
        return u"reminder level %1 sent"_s.arg(reason.value);
    case ReasonKind::BrokenPromises:
        return reason.value == 1 ? u"1 broken promise"_s
                                 : u"%1 broken promises"_s.arg(reason.value);
    case ReasonKind::PlanDefaulted:
        return u"plan defaulted"_s;
    case ReasonKind::OpenDisputes:
        return reason.value == 1 ? u"1 open dispute"_s : u"%1 open disputes"_s.arg(reason.value);
    case ReasonKind::OverdueShare:
        return u"%1% of the open amount over 30 days overdue"_s.arg(reason.value);
    }
    return {};
}

QList<Reason> strongest(QList<Reason> reasons, int count)
{
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason& a, const Reason& b) { return a.strength > b.strength; });
    if (reasons.size() > count)
        reasons.resize(count);
    return reasons;
}

} // namespace ardesk
