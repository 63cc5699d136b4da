#include "printing/AgingReportDocument.h"

#include <QFont>
#include <QStringList>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include "domain/Money.h"
#include "text/AgingLabels.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// No cell wraps: Qt's table layout would otherwise squeeze the name column until names break
// inside words, and the few columns of an aging report fit a page side by side.
QString cell(const QString& text, bool number = false)
{
    return (number ? u"<td align=\"right\" style=\"white-space: nowrap\">"_s
                   : u"<td style=\"white-space: nowrap\">"_s) +
           text.toHtmlEscaped() + u"</td>"_s;
}

QString headerCell(const QString& text, bool number = false)
{
    return (number ? u"<th align=\"right\" style=\"white-space: nowrap\">"_s
                   : u"<th align=\"left\" style=\"white-space: nowrap\">"_s) +
           text.toHtmlEscaped() + u"</th>"_s;
}

QString amount(qint64 minor, CurrencyCode currency, const QLocale& locale)
{
    return Money(minor, currency).toLocalizedString(locale);
}

// A bucket or unapplied cell with nothing in it stays blank, as in GnuCash's and QuickBooks'
// reports: the amounts that are there stand out, and a row of zeros is not read as a row of
// figures. The total is always written.
QString amountOrBlank(qint64 minor, CurrencyCode currency, const QLocale& locale)
{
    return minor == 0 ? QString() : amount(minor, currency, locale);
}

} // namespace

QString AgingReportDocument::html(const AgingReportData& data, const QString& companyName,
                                  const QLocale& locale)
{
    const AgingOptions& options = data.options;
    const AgingBuckets& buckets = data.isDetail() ? std::get<AgingDetail>(data.report).buckets
                                                  : std::get<AgingSummary>(data.report).buckets;
    QStringList bucketNames;
    for (int i = 0; i < buckets.count(); ++i)
        bucketNames.append(AgingLabels::bucket(buckets, i));

    QString html = u"<html><body>"_s;
    html += u"<h2>"_s + companyName.toHtmlEscaped() + u"</h2>"_s;
    html += u"<h3>"_s + title(data, locale).toHtmlEscaped() + u"</h3><p>"_s;
    html +=
        (options.basis == AgingBasis::IssueDate ? tr("Aged by issue date") : tr("Aged by due date"))
            .toHtmlEscaped();
    html += u"<br/>"_s + tr("Buckets: %1").arg(bucketNames.join(u", "_s)).toHtmlEscaped();
    if (!options.customerCode.isEmpty())
        html += u"<br/>"_s + tr("Customer: %1").arg(options.customerCode).toHtmlEscaped();
    // The header row is the table's <thead>: printed, it repeats at the top of every page.
    html += u"</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            "<thead><tr>"_s;

    if (const auto* summary = std::get_if<AgingSummary>(&data.report)) {
        html += headerCell(tr("Customer")) + headerCell(tr("ID")) + headerCell(tr("Currency"));
        for (const QString& name : std::as_const(bucketNames))
            html += headerCell(name, true);
        html +=
            headerCell(tr("Unapplied"), true) + headerCell(tr("Total"), true) + u"</tr></thead>"_s;
        auto appendRow = [&](const AgingSummaryRow& row, const QString& name) {
            html += cell(name) + cell(row.customerCode) + cell(row.currency.code());
            for (qint64 minor : row.bucketsMinor)
                html += cell(amountOrBlank(minor, row.currency, locale), true);
            html += cell(amountOrBlank(row.unappliedMinor, row.currency, locale), true) +
                    cell(amount(row.totalMinor, row.currency, locale), true) + u"</tr>"_s;
        };
        for (const AgingSummaryRow& row : summary->customers) {
            html += u"<tr>"_s;
            appendRow(row, row.customerName);
        }
        for (const AgingSummaryRow& row : summary->totals) {
            html += u"<tr style=\"font-weight: bold\">"_s;
            appendRow(row, tr("Total"));
        }
    } else {
        const auto& detail = std::get<AgingDetail>(data.report);
        html += headerCell(tr("Customer")) + headerCell(tr("ID")) + headerCell(tr("Invoice")) +
                headerCell(tr("Issued")) + headerCell(tr("Due")) + headerCell(tr("Days"), true) +
                headerCell(tr("Bucket")) + headerCell(tr("Open Amount"), true) + u"</tr></thead>"_s;
        for (const AgingDetailRow& row : detail.rows) {
            const bool unapplied = row.bucket == AgingDetailRow::unappliedBucket;
            html +=
                u"<tr>"_s + cell(row.customerName) + cell(row.customerCode) + cell(row.document) +
                cell(locale.toString(row.issueDate, QLocale::ShortFormat)) +
                cell(locale.toString(row.dueDate, QLocale::ShortFormat)) +
                cell(row.ageDays ? locale.toString(*row.ageDays) : QString(), true) +
                cell(unapplied ? tr("Unapplied") : bucketNames.value(row.bucket)) +
                cell(NumberFormat::money(row.openMinor, row.currency, locale), true) + u"</tr>"_s;
        }
    }
    html += u"</table></body></html>"_s;
    return html;
}

std::unique_ptr<QTextDocument> AgingReportDocument::create(const AgingReportData& data,
                                                           const QString& companyName,
                                                           const QLocale& locale)
{
    auto document = std::make_unique<QTextDocument>();
    // Without shaping, "ff" and "fi" stay separate letters in the PDF, so that a search in
    // it (or pdftotext) finds "Office" as typed.
    QFont font = document->defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setHtml(html(data, companyName, locale));
    // Qt reads <thead> as the table's header rows already; setting them here keeps the header
    // repeating on every page should the importer ever count differently.
    for (QTextFrame* frame : document->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            table->setFormat(format);
        }
    }
    return document;
}

QString AgingReportDocument::title(const AgingReportData& data, const QLocale& locale)
{
    return (data.isDetail() ? tr("Aging Detail as of %1") : tr("Aging Summary as of %1"))
        .arg(locale.toString(data.options.asOf, QLocale::LongFormat));
}

} // namespace ardesk
