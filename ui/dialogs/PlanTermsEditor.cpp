#include "dialogs/PlanTermsEditor.h"

#include "ui_PlanTermsEditor.h"

#include <QHeaderView>
#include <QLocale>

#include "domain/Clock.h"
#include "domain/Money.h"
#include "models/PlanScheduleModel.h"
#include "text/NumberFormat.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The rate is an exact decimal for the core ("7.25"); the user types it with the locale's
// decimal point ("7,25" in German).
QString plainRate(const QString& text, const QLocale& locale)
{
    QString plain = text.trimmed();
    plain.replace(locale.decimalPoint(), u"."_s);
    return plain;
}

QString localizedRate(const QString& plain, const QLocale& locale)
{
    QString text = plain;
    text.replace(u'.', locale.decimalPoint());
    return text;
}

} // namespace

PlanTermsEditor::PlanTermsEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanTermsEditor>())
    , m_model(new PlanScheduleModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"planTermsEditor"_s);
    for (const PlanFrequency frequency :
         {PlanFrequency::Monthly, PlanFrequency::Biweekly, PlanFrequency::Weekly})
        m_ui->frequencyComboBox->addItem(frequencyText(frequency), static_cast<int>(frequency));
    const QDate today = Clock::today();
    m_ui->planDateEdit->setDate(today);
    m_ui->firstDueDateEdit->setDate(today.addMonths(1));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    //: Placeholder of an optional amount field.
    const QString none = tr("None");
    m_ui->downPaymentLineEdit->setPlaceholderText(none);
    m_ui->feeLineEdit->setPlaceholderText(none);
    m_ui->annualRateLineEdit->setPlaceholderText(tr("No interest"));

    m_ui->previewTableView->setModel(m_model);
    m_ui->previewTableView->setAccessibleName(tr("Schedule preview"));
    applyTableViewStyle(m_ui->previewTableView);
    // Schedules are short (600 rows at most): every column fits its contents, the dates take
    // what is left.
    m_ui->previewTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTableView->horizontalHeader()->setSectionResizeMode(PlanScheduleModel::DueDate,
                                                                     QHeaderView::Stretch);
    m_ui->previewTableView->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_ui->planDateEdit, &QDateEdit::dateChanged, this, &PlanTermsEditor::refresh);
    connect(m_ui->installmentsSpinBox, &QSpinBox::valueChanged, this, &PlanTermsEditor::refresh);
    connect(m_ui->frequencyComboBox, &QComboBox::currentIndexChanged, this,
            &PlanTermsEditor::refresh);
    connect(m_ui->firstDueDateEdit, &QDateEdit::dateChanged, this, &PlanTermsEditor::refresh);
    for (QLineEdit* field :
         {m_ui->downPaymentLineEdit, m_ui->feeLineEdit, m_ui->annualRateLineEdit})
        connect(field, &QLineEdit::textChanged, this, &PlanTermsEditor::refresh);
}

PlanTermsEditor::~PlanTermsEditor() = default;

QString PlanTermsEditor::frequencyText(PlanFrequency frequency)
{
    switch (frequency) {
    case PlanFrequency::Weekly:
        return tr("Weekly");
    case PlanFrequency::Biweekly:
        return tr("Every two weeks");
    case PlanFrequency::Monthly:
        return tr("Monthly");
    }
    return QString();
}

void PlanTermsEditor::setDateLabel(const QString& text)
{
    m_ui->planDateLabel->setText(text);
}

void PlanTermsEditor::setPreviewer(CurrencyCode currency, Previewer previewer)
{
    m_currency = currency;
    m_previewer = std::move(previewer);
    refresh();
}

void PlanTermsEditor::setTerms(const PlanScheduleRequest& terms)
{
    const QLocale locale;
    const auto localized = [this, &locale](const QString& plain) {
        const auto amount = Money::parsePlain(plain, *m_currency);
        return amount ? amount->toLocalizedString(locale) : plain;
    };
    // One preview for the whole change, not one per field.
    {
        const QSignalBlocker blockDate(m_ui->planDateEdit);
        const QSignalBlocker blockCount(m_ui->installmentsSpinBox);
        const QSignalBlocker blockFrequency(m_ui->frequencyComboBox);
        const QSignalBlocker blockFirstDue(m_ui->firstDueDateEdit);
        const QSignalBlocker blockDown(m_ui->downPaymentLineEdit);
        const QSignalBlocker blockFee(m_ui->feeLineEdit);
        const QSignalBlocker blockRate(m_ui->annualRateLineEdit);
        m_ui->planDateEdit->setDate(terms.date);
        m_ui->installmentsSpinBox->setValue(terms.installments);
        m_ui->frequencyComboBox->setCurrentIndex(
            m_ui->frequencyComboBox->findData(static_cast<int>(terms.frequency)));
        m_ui->firstDueDateEdit->setDate(terms.firstDue);
        m_ui->downPaymentLineEdit->setText(
            terms.downPayment.isEmpty() ? QString() : localized(terms.downPayment));
        m_ui->feeLineEdit->setText(terms.fee.isEmpty() ? QString() : localized(terms.fee));
        m_ui->annualRateLineEdit->setText(localizedRate(terms.annualRate, locale));
    }
    refresh();
}

QDate PlanTermsEditor::planDate() const
{
    return m_ui->planDateEdit->date();
}

PlanScheduleRequest PlanTermsEditor::request() const
{
    QString problem;
    return parse(&problem).value_or(PlanScheduleRequest{});
}

QString PlanTermsEditor::problem() const
{
    return m_ui->problemLabel->text();
}

std::optional<PlanScheduleRequest> PlanTermsEditor::parse(QString* problem) const
{
    const QLocale locale;
    // An example amount in the user's notation, for the hints.
    const QString example = Money(123450, *m_currency).toLocalizedString(locale);
    PlanScheduleRequest request{
        .date = m_ui->planDateEdit->date(),
        .installments = m_ui->installmentsSpinBox->value(),
        .frequency = static_cast<PlanFrequency>(m_ui->frequencyComboBox->currentData().toInt()),
        .firstDue = m_ui->firstDueDateEdit->date()};
    const auto amount = [&](const QLineEdit* field, QString* plain) {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            return true;
        const auto parsed = Money::parseLocalized(text, *m_currency, locale);
        if (!parsed || parsed->isNegative())
            return false;
        *plain = parsed->toPlainString();
        return true;
    };
    if (!amount(m_ui->downPaymentLineEdit, &request.downPayment)) {
        *problem = tr("Enter the down payment as an amount, like %1.").arg(example);
        return std::nullopt;
    }
    if (!amount(m_ui->feeLineEdit, &request.fee)) {
        *problem = tr("Enter the fee as an amount, like %1.").arg(example);
        return std::nullopt;
    }
    request.annualRate = plainRate(m_ui->annualRateLineEdit->text(), locale);
    if (!request.annualRate.isEmpty() && !AnnualRate::parse(request.annualRate)) {
        *problem =
            tr("Enter the annual rate in percent, like %1.").arg(localizedRate(u"7.25"_s, locale));
        return std::nullopt;
    }
    if (request.firstDue < request.date) {
        *problem = tr("The first installment cannot be due before the plan's date.");
        return std::nullopt;
    }
    return request;
}

void PlanTermsEditor::refresh()
{
    QString problem;
    m_preview.reset();
    if (m_previewer) {
        if (const auto request = parse(&problem)) {
            auto preview = m_previewer(*request);
            // The core's reason is technical English; it is still the most precise one.
            if (preview)
                m_preview = std::move(*preview);
            else
                problem = tr("These terms do not make a plan: %1.").arg(preview.error().detail);
        }
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    showPreview();
    Q_EMIT previewChanged();
}

void PlanTermsEditor::showPreview()
{
    if (!m_preview) {
        m_model->clear();
        m_ui->totalLabel->clear();
        return;
    }
    m_model->setSchedule(m_preview->schedule, m_preview->currency);
    const bool interest = m_model->hasInterest();
    m_ui->previewTableView->setColumnHidden(PlanScheduleModel::Interest, !interest);
    m_ui->previewTableView->setColumnHidden(PlanScheduleModel::Principal, !interest);
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return NumberFormat::money(minor, m_preview->currency, locale);
    };
    const qint64 interestMinor = m_preview->interestMinor();
    QString text = tr("Covered: %1").arg(money(m_preview->coveredMinor));
    if (m_preview->feeMinor != 0)
        text += u'\n' + tr("Fee: %1").arg(money(m_preview->feeMinor));
    if (interestMinor != 0)
        text += u'\n' + tr("Interest: %1").arg(money(interestMinor));
    text += u'\n' + tr("Total to pay: %1").arg(money(m_preview->totalMinor));
    m_ui->totalLabel->setText(text);
}

} // namespace ardesk
