#include "dialogs/TemplateEditorDialog.h"

#include <algorithm>

#include <QFontDatabase>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>

#include "domain/Clock.h"
#include "dunning/PreviewNotice.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/LedgerInfoService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterFields.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterPages.h"
#include "letters/LetterPainter.h"
#include "letters/PaymentInstructions.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "text/ErrorMessages.h"
#include "ui_TemplateEditorDialog.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The last entries of the template choice: the items table every level's letter includes, how
// to pay and the discounts offered, which every reminder and statement includes, and the foot
// of every letter's pages (LetterTemplates::footName()).
const QString itemsTemplate = u"reminder-items"_s;
const QString paymentTemplate = u"payment-details"_s;
const QString discountTemplate = u"discount-offers"_s;
// The most open items a preview lists: a letter, not a statement of account.
constexpr int previewItemLimit = 200;

// Who the preview is addressed to when no customer is chosen.
Customer sampleCustomer(const QString& name, CurrencyCode currency, const QString& language)
{
    return {.id = {},
            .code = u"C0000"_s,
            .name = name,
            .email = u"accounts@example.com"_s,
            .phone = {},
            .address = u"1 Example Street\n12345 Example City"_s,
            .termsDays = 30,
            .creditLimitMinor = std::nullopt,
            .currency = currency,
            .language = language,
            .onHold = false};
}

// The mustache tags the letters fill, read off the fields themselves (LetterFields), so the
// list never disagrees with the mail merge: {{company.name}}, {{#items}}…{{/items}}, ...
void addTags(QStringList& tags, const QVariantMap& fields, const QString& prefix)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString name = prefix + it.key();
        switch (it.value().typeId()) {
        case QMetaType::QVariantMap:
            addTags(tags, it.value().toMap(), name + u'.');
            break;
        case QMetaType::QVariantList: {
            tags.append(u"{{#%1}}\n{{/%1}}"_s.arg(name));
            const QVariantList list = it.value().toList();
            if (!list.isEmpty()) {
                const QVariantMap element = list.first().toMap();
                // Indented under their section: they mean something only inside it.
                for (auto field = element.cbegin(); field != element.cend(); ++field)
                    tags.append(u"    {{%1}}"_s.arg(field.key()));
            }
            break;
        }
        case QMetaType::Bool:
            tags.append(u"{{#%1}}{{/%1}}"_s.arg(name));
            break;
        default:
            tags.append(u"{{%1}}"_s.arg(name));
        }
    }
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(LedgerSession& session, QList<DunningLevel> levels,
                                           int levelIndex, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateEditorDialog>())
    , m_session(session)
    , m_levels(std::move(levels))
    , m_currency(*CurrencyCode::fromCode(u"EUR"))
    , m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"templateEditorDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_ui->templatePlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->customerPicker->setService(&session.customers());
    m_ui->customerPicker->setPlaceholderText(tr("Sample customer"));
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 5);

    if (const auto settings = session.ledgerInfo().settings()) {
        m_company = settings->company;
        m_currency = settings->currency;
    }
    if (const auto templates = session.letterTemplates().templates()) {
        m_templates = *templates;
    } else {
        MessageBoxes::critical(this, tr("Cannot Read Letter Templates"),
                               ErrorMessages::readLedger(templates.error()),
                               templates.error().detail);
    }

    for (const DunningLevel& level : std::as_const(m_levels))
        m_ui->levelComboBox->addItem(tr("%1 – %2").arg(locale().toString(level.level), level.name),
                                     level.templateName);
    m_ui->levelComboBox->addItem(tr("Items table (all levels)"), itemsTemplate);
    m_ui->levelComboBox->addItem(tr("How to pay (all letters)"), paymentTemplate);
    m_ui->levelComboBox->addItem(tr("Discount offers (all letters)"), discountTemplate);
    m_ui->levelComboBox->addItem(tr("Page foot: registration, tax and bank details (all letters)"),
                                 LetterTemplates::footName());
    // The letters' languages by the names the UI language menu gives them (endonyms).
    const QList<UiLanguage::Choice> names = UiLanguage::choices();
    for (const QString& code : LetterLanguage::supportedCodes()) {
        const auto named = std::ranges::find(names, code, &UiLanguage::Choice::code);
        m_ui->languageComboBox->addItem(named != names.end() ? named->name : code, code);
    }
    m_levelIndex = std::clamp(levelIndex, 0, m_ui->levelComboBox->count() - 1);
    m_ui->levelComboBox->setCurrentIndex(m_levelIndex);

    // Named so that tests can wait for the preview to have been rendered instead of sleeping
    // past the delay.
    m_previewTimer->setObjectName(u"previewTimer"_s);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorDialog::updatePreview);
    connect(m_ui->templatePlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        m_previewTimer->start();
    });
    connect(m_ui->levelComboBox, &QComboBox::activated, this,
            &TemplateEditorDialog::chooseTemplate);
    connect(m_ui->languageComboBox, &QComboBox::activated, this,
            &TemplateEditorDialog::chooseTemplate);
    connect(m_ui->customerPicker, &CustomerPicker::customerChanged, this,
            &TemplateEditorDialog::updatePreview);
    connect(m_ui->errorLabel, &QLabel::linkActivated, this, &TemplateEditorDialog::goToError);
    connect(m_ui->fieldsListWidget, &QListWidget::itemActivated, this,
            &TemplateEditorDialog::insertField);
    connect(m_ui->insertFieldButton, &QPushButton::clicked, this,
            &TemplateEditorDialog::insertField);
    connect(m_ui->restoreDefaultButton, &QPushButton::clicked, this,
            &TemplateEditorDialog::restoreDefault);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplateEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);

    fillFields();
    load();
    m_ui->templatePlainTextEdit->setFocus();
}

TemplateEditorDialog::~TemplateEditorDialog() = default;

QString TemplateEditorDialog::templateName() const
{
    return m_ui->levelComboBox->itemData(m_levelIndex).toString();
}

QString TemplateEditorDialog::language() const
{
    return m_ui->languageComboBox->itemData(m_languageIndex).toString();
}

DunningLevel TemplateEditorDialog::previewLevel() const
{
    // The items table is previewed in the first reminder's letter (the courtesy letter has a
    // table of its own).
    if (m_levelIndex < m_levels.size())
        return m_levels.at(m_levelIndex);
    for (const DunningLevel& level : m_levels) {
        if (!level.isCourtesy())
            return level;
    }
    return DunningLevel{.level = 1,
                        .name = tr("Payment reminder"),
                        .daysOverdue = 1,
                        .templateName = u"reminder-1"_s};
}

bool TemplateEditorDialog::isModified() const
{
    return m_ui->templatePlainTextEdit->toPlainText() != m_savedText;
}

bool TemplateEditorDialog::confirmDiscard()
{
    return !isModified() ||
           MessageBoxes::question(this, tr("Discard Changes"),
                                  tr("Discard your changes to this template?")) == QMessageBox::Yes;
}

void TemplateEditorDialog::chooseTemplate()
{
    if (!confirmDiscard()) {
        m_ui->levelComboBox->setCurrentIndex(m_levelIndex);
        m_ui->languageComboBox->setCurrentIndex(m_languageIndex);
        return;
    }
    m_levelIndex = m_ui->levelComboBox->currentIndex();
    m_languageIndex = m_ui->languageComboBox->currentIndex();
    load();
}

void TemplateEditorDialog::load()
{
    const auto text = m_templates.text(templateName(), language());
    m_savedText = text ? *text : QString();
    m_ui->templatePlainTextEdit->setPlainText(m_savedText);
    m_previewTimer->stop();
    updatePreview();
}

void TemplateEditorDialog::fillFields()
{
    const PreviewNotice sample(sampleCustomer(tr("Sample Customer Ltd"), m_currency, u"en"_s),
                               previewLevel(), {}, Clock::today());
    QStringList tags;
    QVariantMap fields =
        LetterFields::reminder(sample.notice(), m_company, LetterLanguage::forCode({}));
    fields.insert(
        LetterFields::payment(PaymentInstructions::forReminder(sample.notice(), m_company)));
    addTags(tags, fields, {});
    tags.append(u"{{> %1}}"_s.arg(itemsTemplate));
    tags.append(u"{{> %1}}"_s.arg(paymentTemplate));
    tags.append(u"{{> %1}}"_s.arg(discountTemplate));
    for (const QString& tag : std::as_const(tags)) {
        auto* item = new QListWidgetItem(QString(tag).replace(u'\n', u'…'), m_ui->fieldsListWidget);
        item->setData(Qt::UserRole, tag.trimmed());
    }
    m_ui->fieldsListWidget->setCurrentRow(0);
}

void TemplateEditorDialog::updatePreview()
{
    m_previewTimer->stop();
    const QString body = m_ui->templatePlainTextEdit->toPlainText();
    LetterTemplates templates = m_templates;
    templates.set(templateName(), language(), body);
    if (const auto checked =
            LetterTemplateService::check(templateName(), language(), body, templates);
        !checked) {
        showProblem(LetterTemplateService::problem(checked.error()));
        if (!m_problem)
            m_ui->errorLabel->setText(checked.error().detail.toHtmlEscaped());
        updateState();
        return;
    }
    showProblem(std::nullopt);

    Customer customer = m_ui->customerPicker->customer().value_or(
        sampleCustomer(tr("Sample Customer Ltd"), m_currency, language()));
    customer.language = language(); // the language being edited, whatever the customer's
    QList<AccountOpenItem> items;
    if (customer.id.isValid()) {
        if (auto open = m_session.customerAccounts().openItems(customer.id, previewItemLimit))
            items = *open;
    }
    const PreviewNotice preview(customer, previewLevel(), items, Clock::today());
    QString note;
    if (preview.usesSampleItems())
        note = customer.id.isValid()
                   ? tr("%1 has nothing overdue today: the items below are samples.")
                         .arg(customer.name)
                   : tr("Choose a customer to preview their overdue items; these are samples.");
    m_ui->sampleNoteLabel->setText(note);
    m_ui->sampleNoteLabel->setVisible(!note.isEmpty());
    // Laid out as the reminder run's PDF lays it out (LetterReminderOutput: the default
    // layout), page for page.
    const auto letter = LetterComposer(m_company, templates).reminder(preview.notice());
    const auto painter = LetterPainter::create(m_company);
    if (!letter)
        m_ui->letterPreview->showMessage(letter.error().detail);
    else if (!painter)
        m_ui->letterPreview->showMessage(painter.error().detail);
    else
        m_ui->letterPreview->setPages(LetterPages(*painter, *letter));
    updateState();
}

void TemplateEditorDialog::showProblem(const std::optional<LetterTemplateService::Problem>& problem)
{
    m_problem = problem;
    m_ui->errorLabel->setVisible(true);
    if (!problem) {
        m_ui->errorLabel->clear();
        m_ui->errorLabel->setVisible(false);
        return;
    }
    const QString where = tr("line %1, column %2: %3")
                              .arg(locale().toString(problem->line),
                                   locale().toString(problem->column), problem->message);
    m_ui->errorLabel->setText(u"<span style=\"color:#c0392b\">%1</span> <a href=\"#\">%2</a>"_s.arg(
        where.toHtmlEscaped(), tr("Go to error")));
}

void TemplateEditorDialog::goToError()
{
    if (!m_problem)
        return;
    QPlainTextEdit* editor = m_ui->templatePlainTextEdit;
    const QTextBlock block = editor->document()->findBlockByNumber(m_problem->line - 1);
    if (!block.isValid())
        return;
    // The renderer counts columns in characters; the block in UTF-16 code units.
    const QString before = block.text();
    int position = 0;
    for (int characters = 1; characters < m_problem->column && position < before.size();
         ++characters)
        position += before.at(position).isHighSurrogate() ? 2 : 1;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + position);
    editor->setTextCursor(cursor);
    editor->setFocus();
}

void TemplateEditorDialog::insertField()
{
    const QListWidgetItem* item = m_ui->fieldsListWidget->currentItem();
    if (!item)
        return;
    m_ui->templatePlainTextEdit->insertPlainText(item->data(Qt::UserRole).toString());
    m_ui->templatePlainTextEdit->setFocus();
}

void TemplateEditorDialog::save()
{
    updatePreview();
    if (m_problem) {
        goToError();
        return;
    }
    const QString body = m_ui->templatePlainTextEdit->toPlainText();
    if (auto saved =
            m_session.letterTemplates().save(templateName(), language(), body, m_savedText);
        !saved) {
        if (saved.error().code == ErrorCode::ChangedMeanwhile) {
            changedMeanwhile();
            return;
        }
        if (const auto problem = LetterTemplateService::problem(saved.error())) {
            showProblem(problem);
            goToError();
            return;
        }
        MessageBoxes::critical(this, tr("Cannot Save Template"),
                               ErrorMessages::changeLedger(saved.error()), saved.error().detail);
        return;
    }
    m_templates.set(templateName(), language(), body);
    m_savedText = body;
    updateState();
}

void TemplateEditorDialog::changedMeanwhile()
{
    // A template is long work: unlike a form's few fields, the user's text is kept unless they
    // ask for theirs.
    const auto answer = MessageBoxes::question(
        this, tr("Template Changed Meanwhile"),
        tr("Someone else changed this template while you were editing it. Save your version "
           "over theirs? No shows theirs instead; Cancel keeps yours here, not saved."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return;
    const auto templates = m_session.letterTemplates().templates();
    if (!templates) {
        MessageBoxes::critical(this, tr("Cannot Save Template"),
                               ErrorMessages::readLedger(templates.error()),
                               templates.error().detail);
        return;
    }
    m_templates = *templates;
    if (answer == QMessageBox::No) {
        load();
        return;
    }
    const auto theirs = m_templates.text(templateName(), language());
    m_savedText = theirs ? *theirs : QString();
    save();
}

void TemplateEditorDialog::restoreDefault()
{
    if (MessageBoxes::question(this, tr("Restore Default"),
                               tr("Replace this template with the one ARDesk comes with? Your "
                                  "version is deleted from the ledger.")) != QMessageBox::Yes)
        return;
    if (auto restored = m_session.letterTemplates().restoreDefault(templateName(), language());
        !restored) {
        MessageBoxes::critical(this, tr("Cannot Restore Template"),
                               ErrorMessages::changeLedger(restored.error()),
                               restored.error().detail);
        return;
    }
    if (const auto templates = m_session.letterTemplates().templates())
        m_templates = *templates;
    load();
}

void TemplateEditorDialog::updateState()
{
    const bool own = m_templates.isOverridden(templateName(), language());
    QString state = own ? tr("This ledger's own version") : tr("The default template");
    if (isModified())
        state = tr("%1 (changed, not saved)").arg(state);
    m_ui->stateLabel->setText(state);
    m_ui->restoreDefaultButton->setEnabled(own);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(isModified() && !m_problem);
}

void TemplateEditorDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

} // namespace ardesk
