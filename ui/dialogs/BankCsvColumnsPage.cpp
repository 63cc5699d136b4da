#include "dialogs/BankCsvColumnsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "bank/BankCsvReader.h"
#include "bank/BankCsvSample.h"
#include "dialogs/BankCsvLayoutPage.h"
#include "widgets/FormRow.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Words banks put in their headers, lower case, by what the column holds.
const QStringList bookingDateWords{u"booking date"_s, u"buchungstag"_s, u"buchungsdatum"_s,
                                   u"date"_s,         u"datum"_s,       u"fecha"_s};
const QStringList valueDateWords{u"value date"_s, u"valuta"_s, u"wertstellung"_s,
                                 u"date de valeur"_s, u"fecha valor"_s};
const QStringList amountWords{u"amount"_s, u"betrag"_s, u"montant"_s, u"importe"_s, u"umsatz"_s};
const QStringList debitWords{u"debit"_s, u"débit"_s, u"soll"_s, u"cargo"_s};
const QStringList creditWords{u"credit"_s, u"crédit"_s, u"haben"_s, u"abono"_s};
const QStringList nameWords{u"payer"_s,        u"name"_s,    u"auftraggeber"_s, u"beguenstigter"_s,
                            u"begünstigter"_s, u"libellé"_s, u"counterparty"_s, u"concepto"_s};
const QStringList accountWords{u"iban"_s, u"account"_s, u"kontonummer"_s, u"compte"_s, u"cuenta"_s};
const QStringList referenceWords{
    u"reference"_s, u"verwendungszweck"_s, u"détail"_s,    u"detail"_s,
    u"memo"_s,      u"purpose"_s,          u"référence"_s, u"referencia"_s};

// The first column whose header starts with one of `words` (the earliest word wins), -1 if
// none; `taken` columns are left to the roles that claimed them first.
int columnNamed(const QStringList& header, const QStringList& words, const QList<int>& taken)
{
    for (const QString& word : words) {
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!taken.contains(c) && header.at(c).trimmed().toLower().startsWith(word))
                return static_cast<int>(c);
        }
    }
    return -1;
}

} // namespace

BankCsvColumnsPage::BankCsvColumnsPage(const BankCsvLayoutPage& layout, QString fileName,
                                       QByteArray content, CurrencyCode currency, QWidget* parent)
    : QWizardPage(parent)
    , m_layout(layout)
    , m_fileName(std::move(fileName))
    , m_content(std::move(content))
    , m_bookingDateComboBox(columnComboBox(u"bookingDateComboBox"_s))
    , m_valueDateComboBox(columnComboBox(u"valueDateComboBox"_s))
    , m_amountChoiceComboBox(new QComboBox(this))
    , m_amountComboBox(columnComboBox(u"amountComboBox"_s))
    , m_debitComboBox(columnComboBox(u"debitComboBox"_s))
    , m_creditComboBox(columnComboBox(u"creditComboBox"_s))
    , m_nameComboBox(columnComboBox(u"payerNameComboBox"_s))
    , m_accountComboBox(columnComboBox(u"payerAccountComboBox"_s))
    , m_referenceComboBox(columnComboBox(u"referenceComboBox"_s))
    , m_moreReferenceComboBox(columnComboBox(u"moreReferenceComboBox"_s))
    , m_bankReferenceComboBox(columnComboBox(u"bankReferenceComboBox"_s))
    , m_dateFormatComboBox(new QComboBox(this))
    , m_decimalCommaCheckBox(new QCheckBox(tr("Decimal &comma (1234,50)"), this))
    , m_currencyLineEdit(new QLineEdit(currency.code(), this))
    , m_statementAccountLineEdit(new QLineEdit(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_checkLabel(new QLabel(this))
{
    setObjectName(u"bankCsvColumnsPage"_s);
    setTitle(tr("Which Column Holds What"));
    setSubTitle(tr("Name the columns of an entry, then the account the file is a statement of. "
                   "The profile is saved in the ledger under its name, for every later file "
                   "of this bank."));
    m_amountChoiceComboBox->setObjectName(u"amountChoiceComboBox"_s);
    m_amountChoiceComboBox->addItem(tr("One column, money out negative:"), SignedAmount);
    m_amountChoiceComboBox->addItem(tr("A debit and a credit column:"), DebitAndCredit);
    m_dateFormatComboBox->setObjectName(u"dateFormatComboBox"_s);
    m_dateFormatComboBox->setEditable(true);
    m_dateFormatComboBox->addItems(BankCsvSample::dateFormats());
    m_dateFormatComboBox->setToolTip(tr("dd day, MM month, yyyy or yy year"));
    m_decimalCommaCheckBox->setObjectName(u"decimalCommaCheckBox"_s);
    m_currencyLineEdit->setObjectName(u"currencyLineEdit"_s);
    m_currencyLineEdit->setMaxLength(3);
    m_statementAccountLineEdit->setObjectName(u"statementAccountLineEdit"_s);
    m_statementAccountLineEdit->setPlaceholderText(tr("Your account's IBAN or number"));
    m_nameLineEdit->setObjectName(u"profileNameLineEdit"_s);
    m_nameLineEdit->setPlaceholderText(tr("e.g. the bank's name"));
    m_checkLabel->setObjectName(u"checkLabel"_s);
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextFormat(Qt::PlainText);

    auto* amountLayout = new QHBoxLayout;
    amountLayout->addWidget(m_amountChoiceComboBox);
    amountLayout->addWidget(m_amountComboBox, 1);
    amountLayout->addWidget(m_debitComboBox, 1);
    amountLayout->addWidget(m_creditComboBox, 1);
    auto* referenceLayout = new QHBoxLayout;
    referenceLayout->addWidget(m_referenceComboBox, 1);
    referenceLayout->addWidget(m_moreReferenceComboBox, 1);
    auto* formatLayout = new QHBoxLayout;
    formatLayout->addWidget(m_dateFormatComboBox, 1);
    formatLayout->addWidget(m_decimalCommaCheckBox);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field) {
        auto* text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    row(tr("Booking &date:"), m_bookingDateComboBox);
    row(tr("&Value date:"), m_valueDateComboBox);
    addFormRow(*form, tr("A&mount:"), m_amountChoiceComboBox, amountLayout);
    row(tr("&Payer:"), m_nameComboBox);
    row(tr("Payer's acco&unt:"), m_accountComboBox);
    addFormRow(*form, tr("&Remittance text:"), m_referenceComboBox, referenceLayout);
    row(tr("Bank's entr&y ID:"), m_bankReferenceComboBox);
    addFormRow(*form, tr("Dates &written:"), m_dateFormatComboBox, formatLayout);
    row(tr("Curr&ency:"), m_currencyLineEdit);
    row(tr("Statement of &account:"), m_statementAccountLineEdit);
    row(tr("Profile &name:"), m_nameLineEdit);

    auto* layoutBox = new QVBoxLayout(this);
    layoutBox->addLayout(form);
    layoutBox->addWidget(m_checkLabel);
    layoutBox->addStretch();

    for (QComboBox* combo : std::as_const(m_columnComboBoxes))
        connect(combo, &QComboBox::currentIndexChanged, this, &BankCsvColumnsPage::check);
    connect(m_amountChoiceComboBox, &QComboBox::currentIndexChanged, this,
            &BankCsvColumnsPage::check);
    connect(m_dateFormatComboBox, &QComboBox::currentTextChanged, this, &BankCsvColumnsPage::check);
    connect(m_decimalCommaCheckBox, &QCheckBox::toggled, this, &BankCsvColumnsPage::check);
    for (QLineEdit* edit : {m_currencyLineEdit, m_statementAccountLineEdit, m_nameLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &BankCsvColumnsPage::check);
}

QComboBox* BankCsvColumnsPage::columnComboBox(const QString& objectName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    m_columnComboBoxes.append(combo);
    return combo;
}

void BankCsvColumnsPage::initializePage()
{
    fillColumns();
    proposeColumns();
    proposeFormats();
    check();
}

// Each column by its header name (by position without a header, or when the name is blank or
// repeated), shown with a value of the first entry.
void BankCsvColumnsPage::fillColumns()
{
    const QStringList header = m_layout.header();
    const QList<QStringList>& entries = m_layout.entries();
    qsizetype columns = header.size();
    for (const QStringList& entry : entries)
        columns = std::max(columns, entry.size());
    const QStringList first = entries.value(0);
    for (QComboBox* combo : std::as_const(m_columnComboBoxes)) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (qsizetype c = 0; c < columns; ++c) {
            const QString name = header.value(c).trimmed();
            const bool byName = !name.isEmpty() && header.count(header.value(c)) == 1;
            const QString example = first.value(c).trimmed().left(24);
            //: A column of the bank's file: %1 its position or header name, %2 a value of it.
            const QString text =
                tr("%1 (e.g. “%2”)").arg(byName ? name : tr("Column %1").arg(c + 1), example);
            combo->addItem(example.isEmpty() ? (byName ? name : tr("Column %1").arg(c + 1)) : text,
                           byName ? name : QString::number(c + 1));
        }
    }
}

void BankCsvColumnsPage::proposeColumns()
{
    const QStringList header = m_layout.header();
    QList<int> taken;
    const auto propose = [&](QComboBox* combo, const QStringList& words) {
        const int column = columnNamed(header, words, taken);
        if (column < 0)
            return false;
        taken.append(column);
        combo->setCurrentIndex(column + 1);
        return true;
    };
    propose(m_valueDateComboBox, valueDateWords);
    propose(m_bookingDateComboBox, bookingDateWords);
    const bool split =
        propose(m_debitComboBox, debitWords) & propose(m_creditComboBox, creditWords);
    m_amountChoiceComboBox->setCurrentIndex(split ? DebitAndCredit : SignedAmount);
    if (!split)
        propose(m_amountComboBox, amountWords);
    propose(m_accountComboBox, accountWords);
    propose(m_referenceComboBox, referenceWords);
    propose(m_nameComboBox, nameWords);
}

// The date format that reads the booking dates of the sample, and a decimal comma when the
// amounts end in one.
void BankCsvColumnsPage::proposeFormats()
{
    const int dateColumn = m_bookingDateComboBox->currentIndex() - 1;
    QStringList dates;
    QStringList amounts;
    const bool split = m_amountChoiceComboBox->currentData() == DebitAndCredit;
    const QList<int> amountColumns = split ? QList<int>{m_debitComboBox->currentIndex() - 1,
                                                        m_creditComboBox->currentIndex() - 1}
                                           : QList<int>{m_amountComboBox->currentIndex() - 1};
    for (const QStringList& entry : m_layout.entries()) {
        if (dateColumn >= 0)
            dates.append(entry.value(dateColumn));
        for (const int column : amountColumns) {
            if (column >= 0)
                amounts.append(entry.value(column).trimmed());
        }
    }
    if (const QString format = BankCsvSample::guessDateFormat(dates); !format.isEmpty())
        m_dateFormatComboBox->setCurrentText(format);
    static const QRegularExpression commaDecimals(uR"(,\d{1,2}$)"_s);
    m_decimalCommaCheckBox->setChecked(
        std::any_of(amounts.cbegin(), amounts.cend(),
                    [](const QString& amount) { return commaDecimals.match(amount).hasMatch(); }));
}

BankCsvProfile BankCsvColumnsPage::profile() const
{
    const bool split = m_amountChoiceComboBox->currentData() == DebitAndCredit;
    QStringList references;
    for (const QComboBox* combo : {m_referenceComboBox, m_moreReferenceComboBox}) {
        if (const QString column = combo->currentData().toString(); !column.isEmpty())
            references.append(column);
    }
    BankCsvProfile profile;
    profile.name = m_nameLineEdit->text().trimmed();
    profile.separator = m_layout.separator();
    profile.headerRow = m_layout.headerRow();
    profile.skipRows = m_layout.skipRows();
    profile.skipTrailingRows = m_layout.skipTrailingRows();
    profile.bookingDateColumn = m_bookingDateComboBox->currentData().toString();
    profile.valueDateColumn = m_valueDateComboBox->currentData().toString();
    profile.amountColumn = split ? QString() : m_amountComboBox->currentData().toString();
    profile.debitColumn = split ? m_debitComboBox->currentData().toString() : QString();
    profile.creditColumn = split ? m_creditComboBox->currentData().toString() : QString();
    profile.counterpartyNameColumn = m_nameComboBox->currentData().toString();
    profile.counterpartyAccountColumn = m_accountComboBox->currentData().toString();
    profile.referenceColumns = references;
    profile.bankReferenceColumn = m_bankReferenceComboBox->currentData().toString();
    profile.decimalComma = m_decimalCommaCheckBox->isChecked();
    profile.dateFormat = m_dateFormatComboBox->currentText().trimmed();
    profile.currency = m_currencyLineEdit->text().trimmed().toUpper();
    profile.account = m_statementAccountLineEdit->text().trimmed();
    return profile;
}

bool BankCsvColumnsPage::isComplete() const
{
    return m_ready;
}

// Reads the whole file with the profile as it stands: what it finds, or the first problem
// where it is.
void BankCsvColumnsPage::check()
{
    const bool split = m_amountChoiceComboBox->currentData() == DebitAndCredit;
    m_amountComboBox->setVisible(!split);
    m_debitComboBox->setVisible(split);
    m_creditComboBox->setVisible(split);

    const BankCsvProfile wanted = profile();
    QString text;
    m_ready = false;
    if (wanted.bookingDateColumn.isEmpty()) {
        text = tr("Choose the column with the booking date.");
    } else if (!split && wanted.amountColumn.isEmpty()) {
        text = tr("Choose the column with the amount.");
    } else if (split && (wanted.debitColumn.isEmpty() || wanted.creditColumn.isEmpty())) {
        text = tr("Choose both the debit and the credit column.");
    } else if (wanted.account.isEmpty()) {
        text = tr("Enter the account the bank's files are statements of.");
    } else if (wanted.name.isEmpty()) {
        text = tr("Name the profile, e.g. after the bank.");
    } else if (const QString problem = bankCsvProfileProblem(wanted); !problem.isEmpty()) {
        text = tr("The profile is not complete: %1.").arg(problem);
    } else if (const auto read = BankCsvReader(m_fileName, wanted).read(m_content); !read) {
        text = tr("The file does not read with these settings: %1").arg(read.error().detail);
    } else {
        qsizetype entries = 0;
        qsizetype credits = 0;
        const BankEntry* firstCredit = nullptr;
        for (const BankStatement& statement : *read) {
            for (const BankEntry& entry : statement.entries) {
                ++entries;
                if (entry.credit) {
                    ++credits;
                    if (!firstCredit)
                        firstCredit = &entry;
                }
            }
        }
        const QLocale locale;
        //: %n entries of the file; %1 how many of them are money in.
        text = tr("The file reads: %n entries, %1 of them money in.", nullptr,
                  static_cast<int>(entries))
                   .arg(locale.toString(credits));
        if (firstCredit) {
            //: %1 a date, %2 an amount with its currency, %3 who paid.
            text +=
                u'\n' + tr("The first money in: %1, %2 from %3.")
                            .arg(locale.toString(firstCredit->bookingDate, QLocale::ShortFormat),
                                 firstCredit->amount.toLocalizedString(locale) + u' ' +
                                     firstCredit->amount.currency().code(),
                                 firstCredit->counterpartyName.isEmpty()
                                     ? tr("an unnamed payer")
                                     : firstCredit->counterpartyName);
        }
        m_ready = true;
    }
    m_checkLabel->setText(text);
    m_checkLabel->setForegroundRole(m_ready ? QPalette::WindowText : QPalette::PlaceholderText);
    Q_EMIT completeChanged();
}

} // namespace ardesk
