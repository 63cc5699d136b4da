#pragma once

#include <optional>

#include <QList>

#include "jobs/ReminderRunner.h"
#include "views/LedgerPage.h"

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace ardesk {

class DateEdit;
class EmptyListLabel;
struct Letter;
class ReminderRunModel;

// The dunning run: first a preview of who gets which reminder as of a date, read off
// the GUI thread, with each customer's letter in a print preview; then, once confirmed, the
// letters saved as PDF, the e-mails saved as .eml drafts or sent, each recorded as the
// contract says (ReminderRun, as `ardesk-cli reminders`). After a run the preview is read
// again, so what was sent is gone from it.
class CollectionsPage : public LedgerPage {
    Q_OBJECT

public:
    explicit CollectionsPage(QWidget* parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void setSession(LedgerSession* session) override;
    QString statusText() const override;
    bool isBusy() const override;

    ReminderRunModel* model() const { return m_model; }
    // The page's commands for the main window's Collections menu, in menu order.
    QList<QAction*> menuActions() const;

    // Reads the run as of the date field's date, off the GUI thread.
    void previewRun();
    // The selected customer's letter in a print preview.
    void previewLetter();
    // Every letter of the run through the print dialog.
    void printRun();
    void saveLettersAsPdf();
    void saveEmails();
    void sendEmails();
    // Orders the run by the open amount at risk, largest first: whom to call first.
    void sortByAmountAtRisk();

Q_SIGNALS:
    // Reminders were recorded (and charges booked): the other pages read the ledger again.
    void ledgerChanged();

private:
    void setUpRunTable();
    void setUpCommands();
    void connectRunner();
    void layOut();
    void showPreview(const ReminderPreview& preview);
    void updateDetails();
    void updateActions();
    void updateEmptyState();
    std::optional<QList<Letter>> composeLetters(const QList<ReminderNotice>& notices);
    // Asks to confirm the run (who gets what), then delivers it with a progress dialog.
    void confirmAndDeliver(const ReminderDelivery& delivery, const QString& what);
    QString sender() const;
    // ReminderRun's notes, one line each, in the user's language.
    static QString notesText(const QList<ReminderRun::Note>& notes);
    static QString noSenderText();
    // The warning above the run when bank receipts wait to be applied; empty when none do.
    static QString waitingReceiptsText(const ReminderPreview& preview);
    // Who the run leaves out because a collection agency has them; empty when nobody.
    static QString withAgencyText(const ReminderPreview& preview);
    // False when the user cancelled the folder dialog.
    bool chooseBothLettersFolder(ReminderDelivery& delivery);
    void showDelivered(const ReminderDeliveryReport& report);

    LedgerSession* m_session = nullptr;
    ReminderRunner* m_runner;
    std::optional<ReminderPreview> m_preview;
    ReminderRunModel* m_model;
    QSortFilterProxyModel* m_proxy;
    DateEdit* m_asOfDateEdit;
    QPushButton* m_previewButton;
    QLabel* m_receiptsWarning;
    QLabel* m_agencyNote;
    QTableView* m_tableView;
    EmptyListLabel* m_emptyLabel;
    QTextBrowser* m_itemsTextBrowser;
    QPushButton* m_previewLetterButton;
    QPushButton* m_printButton;
    QPushButton* m_saveLettersButton;
    QCheckBox* m_perCustomerCheckBox;
    QCheckBox* m_bookChargesCheckBox;
    QPushButton* m_saveEmailsButton;
    QPushButton* m_sendEmailsButton;
    QAction* m_previewRunAction;
    QAction* m_previewLetterAction;
    QAction* m_printAction;
    QAction* m_saveLettersAction;
    QAction* m_saveEmailsAction;
    QAction* m_sendEmailsAction;
    QAction* m_sortByRiskAction;
};

} // namespace ardesk
