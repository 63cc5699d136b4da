#pragma once

#include <optional>

#include <QDate>

#include "jobs/DashboardLoader.h"
#include "views/LedgerPage.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QTimer;

namespace ardesk {

class AgingBucketChart;
class AgingBucketDialog;
class AgingTrendChart;
class DashboardTile;
class DateEdit;
class ForecastChart;
class KpiTrendChart;

// Receivables at a glance as of a chosen date: tiles for the totals and KPIs, the aging as bars
// (a click lists a bar's invoices), DSO and CEI over twelve months, and the aging at each of
// those month ends, and the cash to expect over the next weeks or months. Everything is read off
// the GUI thread by a DashboardLoader.
class DashboardPage : public LedgerPage {
    Q_OBJECT

public:
    // Stepping through dates with the arrow keys waits this long for the last step.
    static constexpr int dateDelayMs = 300;

    explicit DashboardPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    // The same ledger changed: reads it again in the background, the figures on screen
    // until the new ones replace them.
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    bool isBusy() const override;

    QDate asOf() const;
    // Shows the dashboard as of `date` (reads again at once, without the typing delay).
    void setAsOf(QDate date);
    // The data shown, once loaded.
    const std::optional<DashboardData>& data() const { return m_data; }
    // The forecast shown, once loaded (it arrives apart from the rest).
    const std::optional<ForecastData>& forecast() const { return m_forecast; }
    // Lists the invoices in aging bucket `bucket` as of the date shown (what a bar click does).
    void showBucket(int bucket);
    AgingBucketDialog* bucketDialog() const { return m_bucketDialog; }

private:
    void reload();
    void showData(const DashboardData& data);
    void showForecast(const ForecastData& data);
    ForecastPeriod forecastPeriod() const;
    void showBucketRows(const AgingBucketRows& rows);
    void clearFigures();
    void updateBusy(bool busy);

    LedgerSession* m_session = nullptr;
    DashboardLoader* m_loader;
    std::optional<DashboardData> m_data;
    std::optional<ForecastData> m_forecast;
    DateEdit* m_asOfDateEdit;
    QProgressBar* m_busyProgressBar;
    QTimer* m_dateTimer;
    DashboardTile* m_receivablesTile;
    DashboardTile* m_overdueTile;
    DashboardTile* m_dsoTile;
    DashboardTile* m_ceiTile;
    DashboardTile* m_unappliedTile;
    DashboardTile* m_receiptsTile;
    QLabel* m_otherCurrenciesLabel;
    AgingBucketChart* m_agingChart;
    AgingTrendChart* m_agingTrendChart;
    KpiTrendChart* m_kpiTrendChart;
    ForecastChart* m_forecastChart;
    QComboBox* m_forecastPeriodComboBox;
    AgingBucketDialog* m_bucketDialog = nullptr;
};

} // namespace ardesk
