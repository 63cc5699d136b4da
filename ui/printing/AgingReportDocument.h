#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "jobs/DashboardLoader.h"

class QTextDocument;

namespace ardesk {

// The printed aging report: a heading (company, as-of date, basis, buckets) and the summary
// or detail as an HTML table, amounts in the locale. Ledger texts are HTML-escaped, so a
// customer called "<b>Smith & Co</b>" prints as typed.
class AgingReportDocument {
    Q_DECLARE_TR_FUNCTIONS(AgingReportDocument)

public:
    static QString html(const AgingReportData& data, const QString& companyName,
                        const QLocale& locale);
    // The HTML in a document ready for QTextDocument::print().
    static std::unique_ptr<QTextDocument> create(const AgingReportData& data,
                                                 const QString& companyName, const QLocale& locale);
};

} // namespace ardesk
