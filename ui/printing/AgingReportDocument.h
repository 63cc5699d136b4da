#pragma once

#include <memory>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "jobs/DashboardLoader.h"

class QTextDocument;

namespace ardesk {

// The printed aging report: a heading (company, as-of date, basis, buckets) and the summary
// or detail as an HTML table, amounts in the locale, empty buckets blank. Ledger texts are
// HTML-escaped, so a customer called "<b>Smith & Co</b>" prints as typed. ReportPrinter puts
// it on paper.
class AgingReportDocument {
    Q_DECLARE_TR_FUNCTIONS(AgingReportDocument)

public:
    static QString html(const AgingReportData& data, const QString& companyName,
                        const QLocale& locale);
    // "Aging Summary as of 23 November 2026": the heading, and each printed page's foot.
    static QString title(const AgingReportData& data, const QLocale& locale);
    // The HTML in a document ready for ReportPrinter::print(); the table's header row is its
    // header (QTextTableFormat::headerRowCount), repeated on every page.
    static std::unique_ptr<QTextDocument> create(const AgingReportData& data,
                                                 const QString& companyName, const QLocale& locale);
};

} // namespace ardesk
