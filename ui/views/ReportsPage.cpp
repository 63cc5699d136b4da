#include "views/ReportsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include "agency/AgencyService.h"
#include "domain/Clock.h"
#include "jobs/ExportRunner.h"
#include "ledger/LedgerInfoService.h"
#include "models/AgingDetailModel.h"
#include "models/AgingSummaryModel.h"
#include "models/TotalsLastProxyModel.h"
#include "printing/AgingReportDocument.h"
#include "printing/ReportPrinter.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "widgets/DateEdit.h"
#include "widgets/PageHeading.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

enum Layout { SummaryLayout, DetailLayout };

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_loader(new DashboardLoader(this))
    , m_summaryModel(new AgingSummaryModel(this))
    , m_detailModel(new AgingDetailModel(this))
    , m_proxy(new TotalsLastProxyModel(AgingSummaryModel::SortRole, AgingSummaryModel::IsTotalRole,
                                       this))
    , m_asOfDateEdit(new DateEdit(Clock::today(), this))
    , m_basisComboBox(new QComboBox(this))
    , m_bucketsLineEdit(new QLineEdit(AgingBuckets::standard().text(), this))
    , m_layoutComboBox(new QComboBox(this))
    , m_customerLineEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_busyProgressBar(new QProgressBar(this))
    , m_exportRunner(new ExportRunner(this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_previewButton(new QPushButton(tr("Print Previe&w…"), this))
    , m_tableView(new QTableView(this))
    , m_changeTimer(new QTimer(this))
{
    setObjectName(u"reportsPage"_s);
    setUpOptions();
    setUpStatus();
    setUpCommands();
    setUpTable();
    connectRefresh();
    layOut();
    updateActions();
}

// As of, basis, buckets, layout and customer: what the report is read for.
void ReportsPage::setUpOptions()
{
    m_asOfDateEdit->setObjectName(u"reportAsOfDateEdit"_s);
    m_asOfDateEdit->setAccessibleName(tr("As of date"));
    m_asOfDateEdit->setCalendarPopup(true);
    m_asOfDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_basisComboBox->setObjectName(u"basisComboBox"_s);
    m_basisComboBox->setAccessibleName(tr("Aging basis"));
    m_basisComboBox->addItem(tr("Due date"), static_cast<int>(AgingBasis::DueDate));
    m_basisComboBox->addItem(tr("Issue date"), static_cast<int>(AgingBasis::IssueDate));

    m_bucketsLineEdit->setObjectName(u"bucketsLineEdit"_s);
    m_bucketsLineEdit->setAccessibleName(tr("Bucket edges in days"));
    m_bucketsLineEdit->setToolTip(
        tr("Days overdue at which the aging columns end, separated by commas: 30,60,90 gives "
           "Current, 1–30, 31–60, 61–90 and 91+."));

    m_layoutComboBox->setObjectName(u"layoutComboBox"_s);
    m_layoutComboBox->setAccessibleName(tr("Report layout"));
    m_layoutComboBox->addItem(tr("Summary by customer"));
    m_layoutComboBox->addItem(tr("Detail by invoice"));

    m_customerLineEdit->setObjectName(u"customerLineEdit"_s);
    m_customerLineEdit->setAccessibleName(tr("Customer ID"));
    m_customerLineEdit->setPlaceholderText(tr("All customers"));
    m_customerLineEdit->setClearButtonEnabled(true);
}

// The error line and the busy bar.
void ReportsPage::setUpStatus()
{
    m_errorLabel->setObjectName(u"reportErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    // Red that reads on light and dark backgrounds alike.
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    m_busyProgressBar->setObjectName(u"reportBusyProgressBar"_s);
    m_busyProgressBar->setAccessibleName(tr("Loading"));
    // A range of 0..0 makes the bar an indeterminate "busy" indicator.
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumWidth(m_busyProgressBar->fontMetrics().averageCharWidth() * 16);
    m_busyProgressBar->hide();
}

void ReportsPage::setUpCommands()
{
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setToolTip(
        tr("Save the report as CSV, as ardesk-cli aging writes it, or as an Excel workbook"));
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setShortcut(QKeySequence::Print);
    m_previewButton->setObjectName(u"printPreviewButton"_s);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::printPreview);
}

void ReportsPage::setUpTable()
{
    // One proxy sorts whichever model is shown.
    static_assert(int(AgingSummaryModel::SortRole) == int(AgingDetailModel::SortRole));
    m_proxy->setSourceModel(m_summaryModel);

    m_tableView->setObjectName(u"reportTableView"_s);
    m_tableView->setAccessibleName(tr("Aging report"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Both layouts start with the customer's name: it takes the width the figures leave.
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    // Text columns read from the left; the models align the amount headers right.
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->setSortingEnabled(true);
    // By name in the user's language ("Ångström" among the A's), totals last, until the user
    // clicks another header; the sort is stable, so a customer's items keep the report's order.
    columns->setSortIndicator(0, Qt::AscendingOrder);
}

// A change of an option reads the report again (typed ones after a pause); the loader's answer
// is shown.
void ReportsPage::connectRefresh()
{
    // Named so that tests can tell whether a refresh is still pending instead of sleeping past
    // the delay.
    m_changeTimer->setObjectName(u"changeTimer"_s);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(changeDelayMs);
    connect(m_changeTimer, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(m_asOfDateEdit, &QDateEdit::dateChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_basisComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_layoutComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_bucketsLineEdit, &QLineEdit::textChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_customerLineEdit, &QLineEdit::textChanged, this, &ReportsPage::scheduleRefresh);
    connect(m_loader, &DashboardLoader::agingReportLoaded, this, &ReportsPage::showData);
    // Queued: no modal box from inside the loader's signal.
    connect(m_loader, &DashboardLoader::failed, this, &ReportsPage::showReportError,
            Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::loadingChanged, this, &ReportsPage::updateBusy);
}

void ReportsPage::layOut()
{
    QLabel* headingLabel = createPageHeading(tr("Aging Report"), u"reportsHeadingLabel"_s, this);

    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addStretch();
    topLayout->addWidget(m_busyProgressBar);
    topLayout->addWidget(m_exportButton);
    topLayout->addWidget(m_previewButton);
    topLayout->addWidget(m_printButton);

    auto* optionsLayout = new QHBoxLayout;
    auto addOption = [this, optionsLayout](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        optionsLayout->addWidget(label);
        optionsLayout->addWidget(field);
        optionsLayout->addSpacing(12);
    };
    addOption(tr("&As of:"), m_asOfDateEdit);
    addOption(tr("&Basis:"), m_basisComboBox);
    addOption(tr("B&uckets:"), m_bucketsLineEdit);
    addOption(tr("&Layout:"), m_layoutComboBox);
    addOption(tr("Cus&tomer:"), m_customerLineEdit);
    optionsLayout->addStretch();
    m_bucketsLineEdit->setMaximumWidth(m_bucketsLineEdit->fontMetrics().averageCharWidth() * 18);
    m_customerLineEdit->setMaximumWidth(m_customerLineEdit->fontMetrics().averageCharWidth() * 20);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addLayout(optionsLayout);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tableView, 1);

    setFocusProxy(m_asOfDateEdit);
}

QString ReportsPage::pageId() const
{
    return u"reports"_s;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

void ReportsPage::setSession(LedgerSession* session)
{
    m_session = session;
    m_changeTimer->stop();
    m_loader->setLedgerPath(session ? session->path() : QString());
    m_data.reset();
    if (session) {
        // The ledger's default buckets (Settings); the field changes them for one report only.
        // Unreadable ones fall back to the standard buckets: the dashboard reports the error.
        const auto buckets = session->ledgerInfo().agingBuckets();
        const QSignalBlocker blocker(m_bucketsLineEdit);
        m_bucketsLineEdit->setText(buckets.value_or(AgingBuckets::standard()).text());
    }
    m_summaryModel->setSummary(AgingSummary{.buckets = AgingBuckets::standard()});
    m_detailModel->setRows({});
    updateActions();
    readWhenShown([this] { refresh(); });
    Q_EMIT statusTextChanged(statusText());
}

void ReportsPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    readWhenShown([this] { refresh(); });
}

QString ReportsPage::statusText() const
{
    if (!m_session || !m_data)
        return QString();
    const QString date = QLocale().toString(m_data->options.asOf, QLocale::ShortFormat);
    if (m_data->isDetail()) {
        const auto& rows = std::get<AgingDetail>(m_data->report).rows;
        return tr("Open items as of %1: %2").arg(date, QLocale().toString(rows.size()));
    }
    const auto& customers = std::get<AgingSummary>(m_data->report).customers;
    return tr("Customers with open items as of %1: %2")
        .arg(date, QLocale().toString(customers.size()));
}

bool ReportsPage::isBusy() const
{
    return m_loader->isLoading();
}

void ReportsPage::scheduleRefresh()
{
    m_changeTimer->start();
}

void ReportsPage::refresh()
{
    m_changeTimer->stop();
    const auto buckets = AgingBuckets::parse(m_bucketsLineEdit->text());
    if (!buckets) {
        // The same rule as the command line's --buckets, in the user's words.
        showInputError(tr("Bucket edges must be whole numbers of days, each larger than the "
                          "one before, separated by commas without spaces: for example "
                          "30,60,90. The table still shows the last valid report."));
        return;
    }
    showInputError(QString());
    if (!m_session)
        return;
    const AgingOptions options{
        .asOf = m_asOfDateEdit->date(),
        .basis = static_cast<AgingBasis>(m_basisComboBox->currentData().toInt()),
        .buckets = *buckets,
        .customerCode = m_customerLineEdit->text().trimmed(),
    };
    m_loader->requestAgingReport(options, m_layoutComboBox->currentIndex() == DetailLayout);
}

void ReportsPage::showData(const AgingReportData& data)
{
    const bool layoutChanged = !m_data || m_data->isDetail() != data.isDetail();
    m_data = data;
    if (const auto* summary = std::get_if<AgingSummary>(&data.report)) {
        m_summaryModel->setSummary(*summary);
        m_proxy->setSourceModel(m_summaryModel);
    } else {
        m_detailModel->setRows(std::get<AgingDetail>(data.report).rows);
        QHash<QString, QString> agencies;
        if (m_session) {
            // A handful of rows: read on the GUI thread with the report in hand.
            if (const auto handovers = m_session->agency().handovers(data.options.asOf)) {
                for (const AgencyHandover& handover : *handovers)
                    agencies.insert(handover.customerCode, handover.agency);
            }
        }
        m_detailModel->setAgencies(agencies);
        m_proxy->setSourceModel(m_detailModel);
    }
    // A sort column of the other layout means nothing here: back to the names.
    if (layoutChanged)
        m_tableView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    updateActions();
    Q_EMIT statusTextChanged(statusText());
}

void ReportsPage::showInputError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_bucketsLineEdit->setAccessibleDescription(text);
}

void ReportsPage::showReportError(const Error& error)
{
    // An unknown customer ID is a typing matter, not a failure of the ledger.
    if (error.code == ErrorCode::NotFound) {
        showInputError(tr("No customer has the ID “%1”. The table still shows the last report.")
                           .arg(m_customerLineEdit->text().trimmed()));
        return;
    }
    showReadError(tr("Cannot Read the Aging Report"), error);
}

void ReportsPage::updateBusy(bool busy)
{
    m_busyProgressBar->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

void ReportsPage::updateActions()
{
    for (QPushButton* button : {m_exportButton, m_printButton, m_previewButton})
        button->setEnabled(m_data.has_value());
}

void ReportsPage::exportReport()
{
    if (!m_data || m_exportRunner->isRunning())
        return;
    const QString name = u"aging-%1%2.csv"_s.arg(m_data->isDetail() ? u"detail-"_s : QString(),
                                                 m_data->options.asOf.toString(Qt::ISODate));
    const QString path = m_exportRunner->chooseFile(tr("Export Aging Report"), name);
    if (!path.isEmpty())
        m_exportRunner->exportAgingReport(*m_data, path);
}

void ReportsPage::setUpPrinter(QPrinter& printer) const
{
    // A report wider than a portrait page (the summary's ten columns are) starts in landscape;
    // the user may still turn it, and the report is then scaled to the page's width.
    const auto document = AgingReportDocument::create(*m_data, companyName(), QLocale());
    printer.setPageOrientation(ReportPrinter::isWiderThanPortrait(*document, printer.pageLayout())
                                   ? QPageLayout::Landscape
                                   : QPageLayout::Portrait);
}

QString ReportsPage::companyName() const
{
    return m_session ? m_session->companyName() : QString();
}

void ReportsPage::print()
{
    if (!m_data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Aging Report"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void ReportsPage::printPreview()
{
    if (!m_data)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"printPreviewDialog"_s);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportsPage::printTo);
    dialog.exec();
}

void ReportsPage::printTo(QPrinter* printer) const
{
    if (!m_data)
        return;
    const auto document = AgingReportDocument::create(*m_data, companyName(), QLocale());
    const QString title = AgingReportDocument::title(*m_data, QLocale());
    ReportPrinter::print(*document, printer,
                         companyName().isEmpty() ? title : companyName() + u" · "_s + title);
}

} // namespace ardesk
