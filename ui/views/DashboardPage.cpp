#include "views/DashboardPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include "charts/AgingBucketChart.h"
#include "charts/AgingTrendChart.h"
#include "charts/ForecastChart.h"
#include "charts/KpiTrendChart.h"
#include "dialogs/AgingBucketDialog.h"
#include "domain/Clock.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"
#include "views/DashboardTile.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PageHeading.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

const QString noValue = u"—"_s;

QString monthAndYear(QDate date, const QLocale& locale)
{
    return locale.standaloneMonthName(date.month()) + u' ' + locale.toString(date, u"yyyy"_s);
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : LedgerPage(parent)
    , m_loader(new DashboardLoader(this))
    , m_asOfDateEdit(new DateEdit(Clock::today(), this))
    , m_busyProgressBar(new QProgressBar(this))
    , m_dateTimer(new QTimer(this))
    , m_receivablesTile(new DashboardTile(u"receivables"_s, tr("Total receivables"), this))
    , m_overdueTile(new DashboardTile(u"overdue"_s, tr("Overdue"), this))
    , m_dsoTile(new DashboardTile(u"dso"_s, tr("DSO"), this))
    , m_ceiTile(new DashboardTile(u"cei"_s, tr("CEI"), this))
    , m_unappliedTile(new DashboardTile(u"unapplied"_s, tr("Unapplied credit"), this))
    , m_receiptsTile(new DashboardTile(u"receipts"_s, tr("Receipts to apply"), this))
    , m_otherCurrenciesLabel(new QLabel(this))
    , m_agingChart(new AgingBucketChart(this))
    , m_agingTrendChart(new AgingTrendChart(this))
    , m_kpiTrendChart(new KpiTrendChart(this))
    , m_forecastChart(new ForecastChart(this))
    , m_forecastPeriodComboBox(new QComboBox(this))
{
    setObjectName(u"dashboardPage"_s);

    QLabel* headingLabel = createPageHeading(tr("Dashboard"), u"dashboardHeadingLabel"_s, this);

    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfDateEdit);
    m_asOfDateEdit->setObjectName(u"asOfDateEdit"_s);
    m_asOfDateEdit->setAccessibleName(tr("As of date"));
    m_asOfDateEdit->setCalendarPopup(true);
    m_asOfDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_busyProgressBar->setObjectName(u"busyProgressBar"_s);
    m_busyProgressBar->setAccessibleName(tr("Loading"));
    // A range of 0..0 makes the bar an indeterminate "busy" indicator.
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setTextVisible(false);
    m_busyProgressBar->setMaximumWidth(m_busyProgressBar->fontMetrics().averageCharWidth() * 16);
    m_busyProgressBar->hide();

    m_dsoTile->setToolTip(tr("Days sales outstanding: receivables at the end of the month "
                             "divided by the month's credit sales, times its days."));
    m_ceiTile->setToolTip(tr("Collection effectiveness index: the share of what could have been "
                             "collected in the month that was collected."));

    m_receiptsTile->setToolTip(tr("Money received on the bank statements that is not yet posted "
                                  "to a customer or ignored: the queue of the Bank page."));

    m_otherCurrenciesLabel->setObjectName(u"otherCurrenciesLabel"_s);
    m_otherCurrenciesLabel->setForegroundRole(QPalette::PlaceholderText);
    m_otherCurrenciesLabel->setWordWrap(true);
    m_otherCurrenciesLabel->hide();

    auto* forecastLabel = new QLabel(tr("Fo&recast:"), this);
    forecastLabel->setBuddy(m_forecastPeriodComboBox);
    m_forecastPeriodComboBox->setObjectName(u"forecastPeriodComboBox"_s);
    m_forecastPeriodComboBox->setAccessibleName(tr("Forecast period"));
    m_forecastPeriodComboBox->addItem(tr("Next 12 weeks"),
                                      QVariant::fromValue(ForecastPeriod::Week));
    m_forecastPeriodComboBox->addItem(tr("Next 6 months"),
                                      QVariant::fromValue(ForecastPeriod::Month));
    m_forecastChart->setToolTip(
        tr("Bars: the receipts to expect from the open items and plan installments, from each "
           "customer's payment habits. Band: the range that holds 80% of the likely outcomes. "
           "Line: what falls due by the terms."));

    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(dateDelayMs);
    connect(m_dateTimer, &QTimer::timeout, this, &DashboardPage::reload);
    connect(m_asOfDateEdit, &QDateEdit::dateChanged, m_dateTimer, qOverload<>(&QTimer::start));
    connect(m_loader, &DashboardLoader::dashboardLoaded, this, &DashboardPage::showData);
    connect(m_loader, &DashboardLoader::forecastLoaded, this, &DashboardPage::showForecast);
    connect(m_loader, &DashboardLoader::bucketLoaded, this, &DashboardPage::showBucketRows);
    connect(m_forecastPeriodComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session)
            m_loader->requestForecast(m_asOfDateEdit->date(), forecastPeriod());
    });
    // Queued: no modal box from inside the loader's signal.
    connect(
        m_loader, &DashboardLoader::failed, this,
        [this](const Error& error) { showReadError(tr("Cannot Read the Dashboard"), error); },
        Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::loadingChanged, this, &DashboardPage::updateBusy);
    connect(m_agingChart, &AgingBucketChart::bucketClicked, this, &DashboardPage::showBucket);

    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addStretch();
    topLayout->addWidget(m_busyProgressBar);
    topLayout->addWidget(forecastLabel);
    topLayout->addWidget(m_forecastPeriodComboBox);
    topLayout->addSpacing(fontMetrics().averageCharWidth() * 2);
    topLayout->addWidget(asOfLabel);
    topLayout->addWidget(m_asOfDateEdit);

    auto* tilesLayout = new QHBoxLayout;
    for (DashboardTile* tile :
         {m_receivablesTile, m_overdueTile, m_dsoTile, m_ceiTile, m_unappliedTile, m_receiptsTile})
        tilesLayout->addWidget(tile, 1);

    auto* chartsLayout = new QGridLayout;
    chartsLayout->addWidget(m_agingChart, 0, 0);
    chartsLayout->addWidget(m_agingTrendChart, 0, 1);
    chartsLayout->addWidget(m_kpiTrendChart, 1, 0);
    chartsLayout->addWidget(m_forecastChart, 1, 1);
    // Five bucket names ("Nicht fällig") and twelve short month names need about the same
    // width each.
    chartsLayout->setColumnStretch(0, 2);
    chartsLayout->setColumnStretch(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addLayout(tilesLayout);
    layout->addWidget(m_otherCurrenciesLabel);
    layout->addLayout(chartsLayout, 1);

    setFocusProxy(m_asOfDateEdit);
    clearFigures();
}

QString DashboardPage::pageId() const
{
    return u"dashboard"_s;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::setSession(LedgerSession* session)
{
    m_session = session;
    m_dateTimer->stop();
    m_loader->setLedgerPath(session ? session->path() : QString());
    m_data.reset();
    m_forecast.reset();
    clearFigures();
    if (m_bucketDialog)
        m_bucketDialog->close();
    if (session)
        reload();
    Q_EMIT statusTextChanged(statusText());
}

void DashboardPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    readWhenShown([this] { reload(); });
}

QString DashboardPage::statusText() const
{
    if (!m_session)
        return QString();
    return tr("Receivables as of %1")
        .arg(QLocale().toString(m_asOfDateEdit->date(), QLocale::ShortFormat));
}

bool DashboardPage::isBusy() const
{
    return m_loader->isLoading();
}

QDate DashboardPage::asOf() const
{
    return m_asOfDateEdit->date();
}

void DashboardPage::setAsOf(QDate date)
{
    {
        const QSignalBlocker blocker(m_asOfDateEdit);
        m_asOfDateEdit->setDate(date);
    }
    reload();
}

void DashboardPage::reload()
{
    m_dateTimer->stop();
    if (!m_session)
        return;
    m_loader->requestDashboard(m_asOfDateEdit->date());
    m_loader->requestForecast(m_asOfDateEdit->date(), forecastPeriod());
    Q_EMIT statusTextChanged(statusText());
}

void DashboardPage::showBucket(int bucket)
{
    // The list matches the bars on screen, even while a new date is loading.
    if (m_data)
        m_loader->requestBucket(m_data->asOf, bucket);
}

void DashboardPage::clearFigures()
{
    for (DashboardTile* tile :
         {m_receivablesTile, m_overdueTile, m_dsoTile, m_ceiTile, m_unappliedTile, m_receiptsTile})
        tile->setValue(noValue);
    m_otherCurrenciesLabel->hide();
    m_agingChart->clear();
    m_agingTrendChart->clear();
    m_kpiTrendChart->clear();
    m_forecastChart->clear();
}

void DashboardPage::showData(const DashboardData& data)
{
    m_data = data;
    const QLocale locale;
    const CurrencyCode currency = data.kpis.currency;

    const AgingSummaryRow total = data.aging.totalFor(currency);
    const qint64 receivables = total.openMinor();
    const qint64 overdue = total.overdueMinor();
    const qint64 unapplied = -total.unappliedMinor;
    QStringList others;
    for (const AgingSummaryRow& other : data.aging.totals) {
        if (other.currency != currency)
            others.append(NumberFormat::money(other.totalMinor, other.currency, locale));
    }
    const QString date = locale.toString(data.asOf, QLocale::ShortFormat);

    m_receivablesTile->setValue(NumberFormat::money(receivables, currency, locale),
                                tr("Open invoices as of %1").arg(date));
    m_overdueTile->setValue(
        NumberFormat::money(overdue, currency, locale),
        receivables > 0
            ? tr("%1 of receivables").arg(NumberFormat::percent(overdue, receivables, locale))
            : QString());
    m_unappliedTile->setValue(NumberFormat::money(unapplied, currency, locale),
                              tr("Payments and credits not yet applied"));

    // The ledger currency's receipts in the tile, the others in its note; the count is of all.
    qint64 receiptLines = 0;
    qint64 receiptsMinor = 0;
    QStringList otherReceipts;
    for (const BankLineTotal& receipts : data.receipts) {
        receiptLines += receipts.count;
        if (receipts.currency == currency)
            receiptsMinor = receipts.amountMinor;
        else
            otherReceipts.append(
                NumberFormat::money(receipts.amountMinor, receipts.currency, locale));
    }
    QString receiptsNote =
        tr("%n bank line(s) to post or ignore", nullptr, static_cast<int>(receiptLines));
    if (!otherReceipts.isEmpty())
        receiptsNote += u'\n' + tr("and %1").arg(otherReceipts.join(u", "_s));
    m_receiptsTile->setValue(NumberFormat::money(receiptsMinor, currency, locale), receiptsNote);

    if (data.kpis.points.isEmpty()) {
        m_dsoTile->setValue(noValue);
        m_ceiTile->setValue(noValue);
    } else {
        const KpiPoint& last = data.kpis.points.last();
        const QString month = monthAndYear(last.month, locale);
        m_dsoTile->setValue(last.dso ? NumberFormat::fixed(last.dso->value, 2, locale) : noValue,
                            tr("Days, %1").arg(month));
        m_ceiTile->setValue(
            last.cei ? tr("%1%").arg(NumberFormat::fixed(last.cei->value, 2, locale)) : noValue,
            month);
    }

    m_otherCurrenciesLabel->setText(
        tr("Not included above, in other currencies: %1").arg(others.join(u"; "_s)));
    m_otherCurrenciesLabel->setVisible(!others.isEmpty());

    m_agingChart->setTotals(data.aging.buckets, total.bucketsMinor, currency);
    m_agingTrendChart->setTrend(data.agingTrend);
    m_kpiTrendChart->setSeries(data.kpis);
}

ForecastPeriod DashboardPage::forecastPeriod() const
{
    return m_forecastPeriodComboBox->currentData().value<ForecastPeriod>();
}

void DashboardPage::showForecast(const ForecastData& data)
{
    m_forecast = data;
    m_forecastChart->setForecast(data.rows, data.currency, data.period);
}

void DashboardPage::showBucketRows(const AgingBucketRows& rows)
{
    if (!m_bucketDialog)
        m_bucketDialog = new AgingBucketDialog(this);
    m_bucketDialog->setRows(rows);
    m_bucketDialog->show();
    m_bucketDialog->raise();
    m_bucketDialog->activateWindow();
}

void DashboardPage::updateBusy(bool busy)
{
    m_busyProgressBar->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

} // namespace ardesk
