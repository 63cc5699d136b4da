#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include "foresight/ForesightReport.h"

namespace ardesk {

// Predictions and risk in the user's language: the reasons behind them (the CLI's files keep
// the contract's English words) and the explanation of a grade.
class ForesightText {
    Q_DECLARE_TR_FUNCTIONS(ForesightText)

public:
    static QString reason(const Reason& reason, const QLocale& locale);
    // The reasons one per line, strongest first.
    static QString reasons(const QList<Reason>& reasons, const QLocale& locale);
    // "Risk C (47 of 100)" and the reasons below it: a risk badge's tool tip.
    static QString risk(const CustomerRisk& risk, const QLocale& locale);
    // A predicted pay date's tool tip: how likely late and why.
    static QString prediction(const Prediction& prediction, const QLocale& locale);
};

} // namespace ardesk
