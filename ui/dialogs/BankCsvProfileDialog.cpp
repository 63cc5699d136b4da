#include "dialogs/BankCsvProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ardesk {

BankCsvProfileDialog::BankCsvProfileDialog(const QString& fileName, QList<BankCsvProfile> profiles,
                                           QWidget* parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
    , m_profileComboBox(new QComboBox(this))
    , m_descriptionLabel(new QLabel(this))
{
    setObjectName(u"bankCsvProfileDialog"_s);
    setWindowTitle(tr("Import Bank CSV"));
    auto* questionLabel = new QLabel(tr("“%1” is a CSV export. Which bank's column profile "
                                        "reads it?")
                                         .arg(fileName),
                                     this);
    questionLabel->setWordWrap(true);

    m_profileComboBox->setObjectName(u"csvProfileComboBox"_s);
    for (const BankCsvProfile& profile : std::as_const(m_profiles))
        m_profileComboBox->addItem(profile.name);
    m_descriptionLabel->setObjectName(u"csvProfileDescriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_profileComboBox, &QComboBox::currentIndexChanged, this,
            &BankCsvProfileDialog::showDescription);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"importButton"_s);
    auto* newProfile = buttons->addButton(tr("&New Profile…"), QDialogButtonBox::ActionRole);
    newProfile->setObjectName(u"newProfileButton"_s);
    connect(newProfile, &QPushButton::clicked, this, [this] { done(NewProfile); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profileComboBox);
    form->addRow(profileLabel, m_profileComboBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addLayout(form);
    layout->addWidget(m_descriptionLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    showDescription();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

const BankCsvProfile& BankCsvProfileDialog::profile() const
{
    return m_profiles.at(std::max(0, m_profileComboBox->currentIndex()));
}

void BankCsvProfileDialog::showDescription()
{
    m_descriptionLabel->setText(description(profile()));
}

QString BankCsvProfileDialog::description(const BankCsvProfile& profile)
{
    const QString separator = profile.separator == u'\t' ? tr("tab") : QString(profile.separator);
    QStringList lines;
    lines.append(profile.headerRow
                     ? tr("Columns separated by “%1”, with a header row").arg(separator)
                     : tr("Columns separated by “%1”, without a header row").arg(separator));
    lines.append(tr("Dates written %1; amounts with a decimal %2")
                     .arg(profile.dateFormat, profile.decimalComma ? tr("comma") : tr("point")));
    lines.append(profile.amountColumn.isEmpty()
                     ? tr("Amounts in the columns “%1” (debit) and “%2” (credit)")
                           .arg(profile.debitColumn, profile.creditColumn)
                     : tr("Amounts in the column “%1”").arg(profile.amountColumn));
    lines.append(tr("Account %1, in %2").arg(profile.account, profile.currency));
    return lines.join(u'\n');
}

} // namespace ardesk
