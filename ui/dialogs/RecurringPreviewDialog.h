#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

#include "jobs/RecurringRunner.h"

class QLabel;
class QPushButton;

namespace ardesk {

class DateEdit;
class RecurringInvoiceModel;

// "Create due invoices", first step: the invoices the recurring schedules would create as of a
// date (today unless the bookkeeper picks another), with their numbers, dates and total per
// currency. Changing the date asks for a new preview (previewRequested); Create makes them.
class RecurringPreviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecurringPreviewDialog(QDate asOf, QWidget* parent = nullptr);

    QDate asOf() const;
    RecurringInvoiceModel* model() const { return m_model; }
    // Shows the preview for outcome.asOf (older answers for another date are ignored).
    void setPreview(const RecurringRunOutcome& outcome);
    // The numbers shown, to compare with what the run then created.
    QStringList previewedNumbers() const;

Q_SIGNALS:
    void previewRequested(QDate asOf);

private:
    void requestPreview();

    RecurringInvoiceModel* m_model;
    DateEdit* m_asOfDateEdit;
    QLabel* m_introLabel;
    QLabel* m_totalLabel;
    QPushButton* m_createButton;
};

} // namespace ardesk
