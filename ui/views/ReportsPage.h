#pragma once

#include <optional>

#include "jobs/DashboardLoader.h"
#include "views/LedgerPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace ardesk {

class AgingDetailModel;
class AgingSummaryModel;
class DateEdit;
class ExportRunner;
class TotalsLastProxyModel;

// The aging report as `ardesk-cli aging` computes it: summary or detail as of a date, by due or
// issue date, with the user's bucket edges and optionally one customer. Read off the GUI
// thread; exported as the CLI's CSV, printed as an HTML table.
class ReportsPage : public LedgerPage {
    Q_OBJECT

public:
    // Typing in the controls waits this long for the last change before reading again.
    static constexpr int changeDelayMs = 300;

    explicit ReportsPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    // The same ledger changed: reads it again in the background, the figures on screen
    // until the new ones replace them.
    void ledgerEdited(LedgerSession* session, const SavedDocument& saved) override;
    QString statusText() const override;
    bool isBusy() const override;

    // Reads the report for the controls' options at once; keeps the table as it is and shows
    // an error when the bucket edges are invalid.
    void refresh();
    // The report shown, once loaded.
    const std::optional<AgingReportData>& data() const { return m_data; }
    ExportRunner* exportRunner() const { return m_exportRunner; }

    // Asks for a file name and writes the report shown as `ardesk-cli aging` would: CSV, or an
    // Excel workbook when the name ends in .xlsx. The file is written off the GUI thread
    // (exportRunner()).
    void exportReport();
    void print();
    void printPreview();
    // Renders the report shown onto `printer` (the print dialogs and tests use this).
    void printTo(QPrinter* printer) const;
    // Turns `printer` to landscape when the report shown is wider than a portrait page.
    void setUpPrinter(QPrinter& printer) const;

private:
    void setUpOptions();
    void setUpStatus();
    void setUpCommands();
    void setUpTable();
    void connectRefresh();
    void layOut();
    void scheduleRefresh();
    void showData(const AgingReportData& data);
    void showReportError(const Error& error);
    void showInputError(const QString& text);
    void updateBusy(bool busy);
    void updateActions();
    QString companyName() const;

    LedgerSession* m_session = nullptr;
    DashboardLoader* m_loader;
    std::optional<AgingReportData> m_data;
    AgingSummaryModel* m_summaryModel;
    AgingDetailModel* m_detailModel;
    TotalsLastProxyModel* m_proxy;
    DateEdit* m_asOfDateEdit;
    QComboBox* m_basisComboBox;
    QLineEdit* m_bucketsLineEdit;
    QComboBox* m_layoutComboBox;
    QLineEdit* m_customerLineEdit;
    QLabel* m_errorLabel;
    QProgressBar* m_busyProgressBar;
    ExportRunner* m_exportRunner;
    QPushButton* m_exportButton;
    QPushButton* m_printButton;
    QPushButton* m_previewButton;
    QTableView* m_tableView;
    QTimer* m_changeTimer;
};

} // namespace ardesk
