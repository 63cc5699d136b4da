#pragma once

#include <optional>

#include <QDialog>

#include "recurring/RecurringService.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ardesk {

class CustomerPicker;
class DateEdit;
class LedgerSession;

// Adds a recurring invoice or edits one (RecurringService): the customer, amount in the user's
// locale and description; how often (weekly, monthly, quarterly, yearly), from when, on which
// day of the month (the start's, a chosen one clamped to the month's end, or the last); until
// when (never, after a number of invoices, or a date); how invoices are numbered (a prefix
// with the month and a count, or on from a sequence such as the ledger's own invoice numbers).
// The first dates and the first number are shown as they will be; problems are shown as they arise
// and Save stays disabled until there are none. Once a schedule has billed, only what keeps its
// dates may change. An edit is saved only over the schedule as it was read: when someone else
// changed it meanwhile, the user chooses between saving over theirs and seeing theirs.
class RecurringDialog : public QDialog {
    Q_OBJECT

public:
    // A new schedule.
    explicit RecurringDialog(LedgerSession& session, QWidget* parent = nullptr);
    // Edits `existing`.
    RecurringDialog(LedgerSession& session, const RecurringScheduleView& existing,
                    QWidget* parent = nullptr);

    // The schedule saved, once the dialog was accepted.
    RecurringScheduleId scheduleId() const { return m_scheduleId; }

    void accept() override;

private:
    enum DayChoice { StartDay, ChosenDay, LastDay };
    enum EndChoice { Never, AfterCount, OnDate };
    enum NumberingChoice { ByPrefix, BySequence };

    void setUpForm();
    void load(const RecurringScheduleView& existing);
    void changedMeanwhile();
    void updateControls();
    void validate();
    // What keeps the numbering chosen from making invoice numbers; "" when nothing.
    QString numberingProblem(const RecurringSchedule& schedule) const;
    // The schedule as the form says, for the preview of its dates; nullopt while incomplete.
    std::optional<RecurringSchedule> formSchedule() const;
    std::optional<RecurringRequest> request() const;

    LedgerSession& m_session;
    std::optional<RecurringScheduleView> m_existing;
    RecurringScheduleId m_scheduleId;

    CustomerPicker* m_customerPicker;
    QLineEdit* m_amountLineEdit;
    QLabel* m_currencyLabel;
    QLineEdit* m_descriptionLineEdit;
    QComboBox* m_frequencyComboBox;
    DateEdit* m_startDateEdit;
    QComboBox* m_dayComboBox;
    QSpinBox* m_daySpinBox;
    QComboBox* m_endComboBox;
    QSpinBox* m_countSpinBox;
    DateEdit* m_endDateEdit;
    QComboBox* m_numberingComboBox;
    QLineEdit* m_prefixLineEdit;
    QLineEdit* m_sequenceLineEdit;
    QLabel* m_datesLabel;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
