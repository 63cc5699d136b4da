#include "dialogs/RecurringDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include "domain/Clock.h"
#include "domain/InvoiceRules.h"
#include "ledger/CustomerService.h"
#include "recurring/RecurringCalendar.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/ErrorMessages.h"
#include "widgets/CustomerPicker.h"
#include "widgets/DateEdit.h"
#include "widgets/FormRow.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// How many of the first dates the form shows.
constexpr int shownDates = 4;

} // namespace

RecurringDialog::RecurringDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerPicker(new CustomerPicker(this))
    , m_amountLineEdit(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_descriptionLineEdit(new QLineEdit(this))
    , m_frequencyComboBox(new QComboBox(this))
    , m_startDateEdit(new DateEdit(Clock::today(), this))
    , m_dayComboBox(new QComboBox(this))
    , m_daySpinBox(new QSpinBox(this))
    , m_endComboBox(new QComboBox(this))
    , m_countSpinBox(new QSpinBox(this))
    , m_endDateEdit(new DateEdit(Clock::today().addYears(1), this))
    , m_numberingComboBox(new QComboBox(this))
    , m_prefixLineEdit(new QLineEdit(RecurringService::defaultPrefix, this))
    , m_sequenceLineEdit(new QLineEdit(this))
    , m_datesLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"recurringDialog"_s);
    setWindowTitle(tr("New Recurring Invoice"));
    setUpForm();
    m_frequencyComboBox->setCurrentIndex(
        m_frequencyComboBox->findData(static_cast<int>(RecurringFrequency::Monthly)));
    updateControls();
    validate();
}

RecurringDialog::RecurringDialog(LedgerSession& session, const RecurringScheduleView& existing,
                                 QWidget* parent)
    : RecurringDialog(session, parent)
{
    setWindowTitle(
        tr("Edit Recurring Invoice %1").arg(QLocale().toString(existing.schedule.id.value)));
    load(existing);
}

void RecurringDialog::setUpForm()
{
    m_customerPicker->setObjectName(u"customerLineEdit"_s);
    m_customerPicker->setService(&m_session.customers());
    m_amountLineEdit->setObjectName(u"amountLineEdit"_s);
    m_currencyLabel->setObjectName(u"currencyLabel"_s);
    m_descriptionLineEdit->setObjectName(u"descriptionLineEdit"_s);
    m_descriptionLineEdit->setPlaceholderText(tr("What each invoice bills, e.g. Monthly hosting"));

    m_frequencyComboBox->setObjectName(u"frequencyComboBox"_s);
    m_frequencyComboBox->addItem(tr("Weekly"), static_cast<int>(RecurringFrequency::Weekly));
    m_frequencyComboBox->addItem(tr("Monthly"), static_cast<int>(RecurringFrequency::Monthly));
    m_frequencyComboBox->addItem(tr("Quarterly"), static_cast<int>(RecurringFrequency::Quarterly));
    m_frequencyComboBox->addItem(tr("Yearly"), static_cast<int>(RecurringFrequency::Yearly));
    m_startDateEdit->setObjectName(u"startDateEdit"_s);
    m_startDateEdit->setCalendarPopup(true);

    m_dayComboBox->setObjectName(u"dayComboBox"_s);
    m_dayComboBox->addItem(tr("The start's day"), StartDay);
    m_dayComboBox->addItem(tr("Day of the month:"), ChosenDay);
    m_dayComboBox->addItem(tr("The last day of the month"), LastDay);
    m_daySpinBox->setObjectName(u"daySpinBox"_s);
    m_daySpinBox->setRange(1, 31);
    m_daySpinBox->setToolTip(tr("Clamped to the month's end: day 31 is the 30th in April and "
                                "the 28th or 29th in February"));

    m_endComboBox->setObjectName(u"endComboBox"_s);
    m_endComboBox->addItem(tr("Never"), Never);
    m_endComboBox->addItem(tr("After a number of invoices:"), AfterCount);
    m_endComboBox->addItem(tr("On a date:"), OnDate);
    m_countSpinBox->setObjectName(u"countSpinBox"_s);
    m_countSpinBox->setRange(1, 10000);
    m_countSpinBox->setValue(12);
    m_endDateEdit->setObjectName(u"endDateEdit"_s);
    m_endDateEdit->setCalendarPopup(true);

    m_numberingComboBox->setObjectName(u"numberingComboBox"_s);
    m_numberingComboBox->addItem(tr("Prefix, month and count:"), ByPrefix);
    m_numberingComboBox->addItem(tr("On from the sequence of:"), BySequence);
    m_prefixLineEdit->setObjectName(u"prefixLineEdit"_s);
    m_prefixLineEdit->setToolTip(tr("Invoices are numbered <prefix><year><month>-<n>"));
    m_sequenceLineEdit->setObjectName(u"sequenceLineEdit"_s);
    m_sequenceLineEdit->setPlaceholderText(tr("e.g. INV-000001"));
    m_sequenceLineEdit->setToolTip(
        tr("Invoices take the next free numbers of this sequence, padded alike: after INV-000412 "
           "comes INV-000413"));
    // The ledger's own invoice numbers are the sequence most users want to continue.
    if (const auto number = m_session.invoiceEntry().suggestedNumber())
        m_sequenceLineEdit->setText(*number);
    m_datesLabel->setObjectName(u"datesLabel"_s);
    m_datesLabel->setWordWrap(true);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);

    auto* amountLayout = new QHBoxLayout;
    amountLayout->addWidget(m_amountLineEdit, 1);
    amountLayout->addWidget(m_currencyLabel);
    auto* dayLayout = new QHBoxLayout;
    dayLayout->addWidget(m_dayComboBox, 1);
    dayLayout->addWidget(m_daySpinBox);
    auto* endLayout = new QHBoxLayout;
    endLayout->addWidget(m_endComboBox, 1);
    endLayout->addWidget(m_countSpinBox);
    endLayout->addWidget(m_endDateEdit);
    auto* numberingLayout = new QHBoxLayout;
    numberingLayout->addWidget(m_numberingComboBox, 1);
    numberingLayout->addWidget(m_prefixLineEdit);
    numberingLayout->addWidget(m_sequenceLineEdit);

    auto* form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customerPicker);
    addFormRow(*form, tr("&Amount:"), m_amountLineEdit, amountLayout);
    form->addRow(tr("&Description:"), m_descriptionLineEdit);
    form->addRow(tr("&Repeats:"), m_frequencyComboBox);
    form->addRow(tr("&Starting:"), m_startDateEdit);
    addFormRow(*form, tr("On da&y:"), m_dayComboBox, dayLayout);
    addFormRow(*form, tr("&Ends:"), m_endComboBox, endLayout);
    addFormRow(*form, tr("&Numbers:"), m_numberingComboBox, numberingLayout);
    form->addRow(tr("Dates:"), m_datesLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttonBox);

    connect(m_customerPicker, &CustomerPicker::customerChanged, this, [this] {
        const auto& customer = m_customerPicker->customer();
        m_currencyLabel->setText(customer ? customer->currency.code() : QString());
        validate();
    });
    for (QComboBox* combo :
         {m_frequencyComboBox, m_dayComboBox, m_endComboBox, m_numberingComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecurringDialog::updateControls);
    for (QSpinBox* spin : {m_daySpinBox, m_countSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &RecurringDialog::validate);
    for (DateEdit* edit : {m_startDateEdit, m_endDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, &RecurringDialog::validate);
    for (QLineEdit* edit :
         {m_amountLineEdit, m_descriptionLineEdit, m_prefixLineEdit, m_sequenceLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &RecurringDialog::validate);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &RecurringDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

void RecurringDialog::load(const RecurringScheduleView& existing)
{
    m_existing = existing;
    const RecurringSchedule& schedule = existing.schedule;
    if (const auto customer = m_session.customers().find(schedule.customerId))
        m_customerPicker->setCustomer(*customer);
    m_amountLineEdit->setText(schedule.amount.toLocalizedString(QLocale()));
    m_descriptionLineEdit->setText(schedule.description);
    m_frequencyComboBox->setCurrentIndex(
        m_frequencyComboBox->findData(static_cast<int>(schedule.frequency)));
    m_startDateEdit->setDate(schedule.start);
    const bool chosenDay = schedule.day > 0 && schedule.day != schedule.start.day();
    m_dayComboBox->setCurrentIndex(m_dayComboBox->findData(schedule.lastDay ? LastDay
                                                           : chosenDay      ? ChosenDay
                                                                            : StartDay));
    if (chosenDay)
        m_daySpinBox->setValue(schedule.day);
    m_endComboBox->setCurrentIndex(m_endComboBox->findData(schedule.count ? AfterCount
                                                           : schedule.end ? OnDate
                                                                          : Never));
    if (schedule.count)
        m_countSpinBox->setValue(*schedule.count);
    if (schedule.end)
        m_endDateEdit->setDate(*schedule.end);
    m_numberingComboBox->setCurrentIndex(
        m_numberingComboBox->findData(schedule.sequence.isEmpty() ? ByPrefix : BySequence));
    m_prefixLineEdit->setText(schedule.sequence.isEmpty() ? schedule.prefix
                                                          : RecurringService::defaultPrefix);
    if (!schedule.sequence.isEmpty())
        m_sequenceLineEdit->setText(schedule.sequence);
    // Once it billed, the dates it billed on stay: only what keeps them may change.
    const bool billed = existing.invoicesCreated > 0;
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_customerPicker, m_frequencyComboBox, m_startDateEdit, m_dayComboBox, m_daySpinBox})
        field->setEnabled(!billed && field->isEnabled());
    updateControls();
}

void RecurringDialog::updateControls()
{
    const bool weekly =
        m_frequencyComboBox->currentData().toInt() == static_cast<int>(RecurringFrequency::Weekly);
    const bool locked = m_existing && m_existing->invoicesCreated > 0;
    m_dayComboBox->setEnabled(!weekly && !locked);
    m_daySpinBox->setEnabled(!weekly && !locked && m_dayComboBox->currentData() == ChosenDay);
    m_daySpinBox->setVisible(m_dayComboBox->currentData() == ChosenDay);
    m_countSpinBox->setVisible(m_endComboBox->currentData() == AfterCount);
    m_endDateEdit->setVisible(m_endComboBox->currentData() == OnDate);
    m_prefixLineEdit->setVisible(m_numberingComboBox->currentData() == ByPrefix);
    m_sequenceLineEdit->setVisible(m_numberingComboBox->currentData() == BySequence);
    validate();
}

std::optional<RecurringSchedule> RecurringDialog::formSchedule() const
{
    const auto& customer = m_customerPicker->customer();
    if (!customer)
        return std::nullopt;
    const auto frequency =
        static_cast<RecurringFrequency>(m_frequencyComboBox->currentData().toInt());
    const bool weekly = frequency == RecurringFrequency::Weekly;
    const int dayChoice = m_dayComboBox->currentData().toInt();
    const QDate start = m_startDateEdit->date();
    const int endChoice = m_endComboBox->currentData().toInt();
    const bool bySequence = m_numberingComboBox->currentData() == BySequence;
    return RecurringSchedule{
        .id = {},
        .customerId = customer->id,
        .customerCode = customer->code,
        .customerName = customer->name,
        .customerTermsDays = customer->termsDays,
        .amount = Money(0, customer->currency),
        .description = m_descriptionLineEdit->text().trimmed(),
        .frequency = frequency,
        .start = start,
        .day = weekly || dayChoice == LastDay
                   ? 0
                   : (dayChoice == ChosenDay ? m_daySpinBox->value() : start.day()),
        .lastDay = !weekly && dayChoice == LastDay,
        .count =
            endChoice == AfterCount ? std::optional<int>(m_countSpinBox->value()) : std::nullopt,
        .end = endChoice == OnDate ? std::optional<QDate>(m_endDateEdit->date()) : std::nullopt,
        .prefix = bySequence ? QString() : m_prefixLineEdit->text().trimmed(),
        .sequence = bySequence ? m_sequenceLineEdit->text().trimmed() : QString(),
        .state = RecurringSchedule::State::Active,
        .pausedFrom = {},
        .endedOn = {}};
}

std::optional<RecurringRequest> RecurringDialog::request() const
{
    const auto schedule = formSchedule();
    if (!schedule)
        return std::nullopt;
    const auto minor =
        AmountText::parsePositive(m_amountLineEdit->text(), schedule->amount.currency());
    if (!minor)
        return std::nullopt;
    RecurringRequest wanted = RecurringRequest::of(*schedule);
    wanted.amount = Money(*minor, schedule->amount.currency()).toPlainString();
    return wanted;
}

QString RecurringDialog::numberingProblem(const RecurringSchedule& schedule) const
{
    const bool bySequence = m_numberingComboBox->currentData() == BySequence;
    const QString& start = bySequence ? schedule.sequence : schedule.prefix;
    if (start.isEmpty()) {
        return bySequence
                   ? tr("Enter a number of the sequence to continue, e.g. INV-000001.")
                   : tr("Enter the number prefix, e.g. %1.").arg(RecurringService::defaultPrefix);
    }
    if (bySequence && !start.back().isDigit())
        return tr("The sequence is named by a number that ends in digits, e.g. INV-000001.");
    if (InvoiceRules::isReservedNumber(start))
        return tr("Numbers starting with PLAN- are reserved for installment plans.");
    return {};
}

void RecurringDialog::validate()
{
    const auto& customer = m_customerPicker->customer();
    const auto schedule = formSchedule();
    QString problem;
    if (!customer) {
        problem = m_customerPicker->text().trimmed().isEmpty()
                      ? tr("Choose the customer.")
                      : tr("No customer has this code or name. Pick one from the suggestions.");
    } else if (const QString amount =
                   AmountText::problem(m_amountLineEdit->text(), customer->currency);
               !amount.isEmpty()) {
        problem = amount;
    } else if (m_descriptionLineEdit->text().trimmed().isEmpty()) {
        problem = tr("Enter what each invoice bills.");
    } else if (const QString numbering = numberingProblem(*schedule); !numbering.isEmpty()) {
        problem = numbering;
    } else if (schedule->end && *schedule->end < schedule->start) {
        problem = tr("The end date is before the start.");
    }

    QString dates;
    if (schedule) {
        const QLocale locale;
        QStringList first;
        // One date more than shown, to know whether more follow.
        const QDate through = RecurringCalendar::occurrence(*schedule, shownDates);
        for (const QDate date : RecurringCalendar::dueDates(*schedule, {}, through)) {
            if (first.size() == shownDates) {
                first.append(u"…"_s);
                break;
            }
            first.append(locale.toString(date, QLocale::ShortFormat));
        }
        if (!first.isEmpty() && !schedule->sequence.isEmpty()) {
            //: %1 the first dates, %2 an invoice number the sequence goes on from.
            dates = tr("%1 (numbered on from %2)").arg(first.join(u", "_s), schedule->sequence);
        } else if (!first.isEmpty() && !schedule->prefix.isEmpty()) {
            const QDate firstDate = RecurringCalendar::occurrence(*schedule, 0);
            //: %1 the first dates, %2 the first invoice number.
            dates = tr("%1 (the first numbered %2)")
                        .arg(first.join(u", "_s),
                             schedule->prefix + firstDate.toString(u"yyyyMM"_s) + u"-1"_s);
        }
    }
    m_datesLabel->setText(dates);
    m_problemLabel->setText(problem);
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void RecurringDialog::accept()
{
    validate();
    const auto wanted = request();
    if (!m_buttonBox->button(QDialogButtonBox::Save)->isEnabled() || !wanted)
        return;
    if (m_existing) {
        const auto saved =
            m_session.recurring().edit(m_existing->schedule.id, *wanted, m_existing->schedule);
        if (!saved && saved.error().code == ErrorCode::ChangedMeanwhile) {
            changedMeanwhile();
            return;
        }
        if (!saved) {
            MessageBoxes::warning(this, tr("Cannot Save Recurring Invoice"),
                                  ErrorMessages::changeLedger(saved.error()), saved.error().detail);
            return;
        }
        m_scheduleId = m_existing->schedule.id;
    } else {
        const auto saved = m_session.recurring().add(*wanted);
        if (!saved) {
            MessageBoxes::warning(this, tr("Cannot Save Recurring Invoice"),
                                  ErrorMessages::changeLedger(saved.error()), saved.error().detail);
            return;
        }
        m_scheduleId = *saved;
    }
    QDialog::accept();
}

void RecurringDialog::changedMeanwhile()
{
    const auto theirs = m_session.recurring().view(m_existing->schedule.id);
    if (!theirs) {
        MessageBoxes::warning(this, tr("Cannot Save Recurring Invoice"),
                              ErrorMessages::changeLedger(theirs.error()), theirs.error().detail);
        return;
    }
    const auto answer = MessageBoxes::question(
        this, tr("Recurring Invoice Changed Meanwhile"),
        tr("Someone else changed this recurring invoice while you were editing it. Save your "
           "version over theirs? No shows theirs in the form instead."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        m_existing = *theirs;
        accept();
    } else {
        load(*theirs);
    }
}

} // namespace ardesk
