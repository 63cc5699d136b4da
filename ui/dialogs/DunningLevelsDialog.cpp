#include "dialogs/DunningLevelsDialog.h"

#include <QItemSelectionModel>
#include <QPushButton>

#include "dialogs/TemplateEditorDialog.h"
#include "domain/Money.h"
#include "dunning/DunningLevelService.h"
#include "ledger/LedgerInfoService.h"
#include "models/DunningLevelModel.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "text/ReminderText.h"
#include "ui_DunningLevelsDialog.h"
#include "widgets/ChangeGuard.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The ledger's currency: fees are charged in it. EUR, the CLI's default, when it cannot be read
// (the levels then fail to load too, and the dialog says so).
CurrencyCode ledgerCurrency(LedgerSession& session)
{
    const auto currency = session.ledgerInfo().currency();
    return currency ? *currency : *CurrencyCode::fromCode(u"EUR");
}

// The fee as typed: empty is no fee; otherwise an amount of at most the currency's decimals.
std::optional<qint64> parseFee(const QString& text, CurrencyCode currency, const QLocale& locale)
{
    if (text.trimmed().isEmpty())
        return 0;
    const auto fee = Money::parseLocalized(text.trimmed(), currency, locale);
    if (!fee || fee->isNegative())
        return std::nullopt;
    return fee->minor();
}

} // namespace

DunningLevelsDialog::DunningLevelsDialog(LedgerSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DunningLevelsDialog>())
    , m_session(session)
    , m_currency(ledgerCurrency(session))
    , m_model(new DunningLevelModel(m_currency, this))
{
    m_ui->setupUi(this);
    setObjectName(u"dunningLevelsDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->introLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->feeCurrencyLabel->setText(m_currency.code());
    m_ui->feeLineEdit->setPlaceholderText(Money(0, m_currency).toLocalizedString(locale()));
    for (const ReminderChannel channel :
         {ReminderChannel::Letter, ReminderChannel::Email, ReminderChannel::Both})
        m_ui->channelComboBox->addItem(ReminderText::channel(channel), int(channel));

    m_ui->levelsTableView->setModel(m_model);
    applyTableViewStyle(m_ui->levelsTableView);
    m_ui->levelsTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->levelsTableView->horizontalHeader()->setSectionResizeMode(DunningLevelModel::NameColumn,
                                                                    QHeaderView::Stretch);

    const auto levels = session.dunningLevels().levels();
    if (levels) {
        m_levelsAsRead = *levels;
        m_model->setLevels(*levels);
    } else {
        MessageBoxes::critical(this, tr("Cannot Read Dunning Levels"),
                               ErrorMessages::readLedger(levels.error()), levels.error().detail);
    }
    m_ui->levelsTableView->resizeColumnsToContents();
    m_ui->levelsTableView->horizontalHeader()->setSectionResizeMode(DunningLevelModel::NameColumn,
                                                                    QHeaderView::Stretch);

    connect(m_ui->levelsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DunningLevelsDialog::showLevel);
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, &DunningLevelsDialog::storeLevel);
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, &DunningLevelsDialog::storeLevel);
    connect(m_ui->daysSpinBox, &QSpinBox::valueChanged, this, &DunningLevelsDialog::storeLevel);
    connect(m_ui->channelComboBox, &QComboBox::currentIndexChanged, this,
            &DunningLevelsDialog::storeLevel);
    connect(m_ui->feeLineEdit, &QLineEdit::textEdited, this, &DunningLevelsDialog::storeLevel);
    connect(m_ui->interestSpinBox, &QDoubleSpinBox::valueChanged, this,
            &DunningLevelsDialog::storeLevel);
    connect(m_ui->addLevelButton, &QPushButton::clicked, this, &DunningLevelsDialog::addLevel);
    connect(m_ui->removeLevelButton, &QPushButton::clicked, this,
            &DunningLevelsDialog::removeLevel);
    connect(m_ui->editTemplateButton, &QPushButton::clicked, this,
            &DunningLevelsDialog::editTemplate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DunningLevelsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    selectFirstLevel();
    m_ui->levelsTableView->setFocus();
}

DunningLevelsDialog::~DunningLevelsDialog() = default;

int DunningLevelsDialog::currentRow() const
{
    return m_ui->levelsTableView->currentIndex().row();
}

void DunningLevelsDialog::showLevel()
{
    const int row = currentRow();
    const bool selected = row >= 0 && row < m_model->rowCount();
    m_ui->levelGroupBox->setEnabled(selected);
    m_ui->editTemplateButton->setEnabled(selected);
    if (selected) {
        const DunningLevel& level = m_model->levels().at(row);
        const ChangeGuard showing(m_showing);
        const bool courtesy = level.isCourtesy();
        m_ui->levelGroupBox->setTitle(
            courtesy ? tr("Level %1: courtesy reminder").arg(locale().toString(level.level))
                     : tr("Level %1").arg(locale().toString(level.level)));
        m_ui->enabledCheckBox->setChecked(level.enabled);
        m_ui->nameLineEdit->setText(level.name);
        // The courtesy level counts days before the due date, the others days after it.
        m_ui->daysLabel->setText(courtesy ? tr("&Days before due:") : tr("&Days overdue:"));
        m_ui->daysSpinBox->setRange(courtesy ? 0 : 1,
                                    courtesy ? DunningLevelService::maximumDaysBeforeDue : 3650);
        m_ui->daysSpinBox->setValue(courtesy ? -level.daysOverdue : level.daysOverdue);
        m_ui->channelComboBox->setCurrentIndex(m_ui->channelComboBox->findData(int(level.channel)));
        m_ui->feeLineEdit->setText(
            level.feeMinor == 0 || courtesy
                ? QString()
                : Money(level.feeMinor, m_currency).toLocalizedString(locale()));
        // Basis points are hundredths of a percent: exact in the spin box's two decimals.
        m_ui->interestSpinBox->setValue(courtesy ? 0.0 : level.annualRateBasisPoints / 100.0);
        m_ui->feeLineEdit->setEnabled(!courtesy);
        m_ui->interestSpinBox->setEnabled(!courtesy);
        m_ui->courtesyHintLabel->setVisible(courtesy);
    }
    validate();
}

void DunningLevelsDialog::storeLevel()
{
    const int row = currentRow();
    if (m_showing || row < 0 || row >= m_model->rowCount())
        return;
    DunningLevel level = m_model->levels().at(row);
    level.enabled = m_ui->enabledCheckBox->isChecked();
    level.name = m_ui->nameLineEdit->text();
    level.daysOverdue =
        level.isCourtesy() ? -m_ui->daysSpinBox->value() : m_ui->daysSpinBox->value();
    level.channel = static_cast<ReminderChannel>(m_ui->channelComboBox->currentData().toInt());
    if (!level.isCourtesy()) {
        if (const auto fee = parseFee(m_ui->feeLineEdit->text(), m_currency, locale()))
            level.feeMinor = *fee;
        level.annualRateBasisPoints = int(qRound(m_ui->interestSpinBox->value() * 100.0));
    }
    m_model->setLevel(row, level);
    validate();
}

void DunningLevelsDialog::validate()
{
    // The rules a user can break in this form, in their words; DunningLevelService::validate
    // checks all of them again on save.
    QString problem;
    if (!parseFee(m_ui->feeLineEdit->text(), m_currency, locale())) {
        problem = tr("Enter the fee as an amount such as %1, or leave it empty for none.")
                      .arg(Money(500 * m_currency.minorPerMajor() / 100, m_currency)
                               .toLocalizedString(locale()));
    }
    const QList<DunningLevel>& levels = m_model->levels();
    for (qsizetype i = 0; problem.isEmpty() && i < levels.size(); ++i) {
        const QString number = locale().toString(levels.at(i).level);
        const bool follows = i > 0 && !levels.at(i - 1).isCourtesy();
        if (levels.at(i).name.trimmed().isEmpty())
            problem = tr("Level %1 needs a name.").arg(number);
        else if (follows && levels.at(i).daysOverdue <= levels.at(i - 1).daysOverdue)
            problem = tr("Level %1 must be reached later than level %2: enter more than %3 days "
                         "overdue.")
                          .arg(number, locale().toString(levels.at(i - 1).level),
                               locale().toString(levels.at(i - 1).daysOverdue));
    }
    if (problem.isEmpty() && m_model->reminderLevelCount() == 0)
        problem = tr("Add at least one level.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_ui->removeLevelButton->setEnabled(m_model->reminderLevelCount() > 1);
}

void DunningLevelsDialog::addLevel()
{
    m_model->appendLevel(
        tr("Reminder %1").arg(locale().toString(m_model->reminderLevelCount() + 1)));
    m_ui->levelsTableView->setCurrentIndex(
        m_model->index(m_model->rowCount() - 1, DunningLevelModel::NameColumn));
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void DunningLevelsDialog::removeLevel()
{
    m_model->removeLastLevel();
    m_ui->levelsTableView->setCurrentIndex(
        m_model->index(m_model->rowCount() - 1, DunningLevelModel::NameColumn));
    showLevel();
}

void DunningLevelsDialog::editTemplate()
{
    TemplateEditorDialog editor(m_session, m_model->levels(), currentRow(), this);
    editor.exec();
}

void DunningLevelsDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    if (auto saved = m_session.dunningLevels().save(m_model->levels(), m_levelsAsRead); !saved) {
        if (saved.error().code == ErrorCode::ChangedMeanwhile) {
            changedMeanwhile();
            return;
        }
        MessageBoxes::critical(this, tr("Cannot Save Dunning Levels"),
                               ErrorMessages::changeLedger(saved.error()), saved.error().detail);
        return;
    }
    QDialog::accept();
}

void DunningLevelsDialog::changedMeanwhile()
{
    const auto theirs = m_session.dunningLevels().levels();
    if (!theirs) {
        MessageBoxes::critical(this, tr("Cannot Save Dunning Levels"),
                               ErrorMessages::readLedger(theirs.error()), theirs.error().detail);
        return;
    }
    m_levelsAsRead = *theirs;
    const auto answer = MessageBoxes::question(
        this, tr("Dunning Levels Changed Meanwhile"),
        tr("Someone else changed the dunning levels while you were editing them. Save your "
           "version over theirs? No shows theirs instead."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        accept();
    else
        load(*theirs);
}

void DunningLevelsDialog::load(const QList<DunningLevel>& levels)
{
    m_model->setLevels(levels);
    selectFirstLevel();
    validate();
}

void DunningLevelsDialog::selectFirstLevel()
{
    if (m_model->rowCount() > 0)
        m_ui->levelsTableView->setCurrentIndex(m_model->index(0, DunningLevelModel::NameColumn));
    showLevel();
}

} // namespace ardesk
