#include "dialogs/BankIgnoreDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "text/BankMatchText.h"
#include "text/NumberFormat.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankIgnoreDialog::BankIgnoreDialog(const BankLine& line, QWidget* parent)
    : QDialog(parent)
    , m_reasonLineEdit(new QLineEdit(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bankIgnoreDialog"_s);
    setWindowTitle(tr("Ignore Receipt"));
    const QLocale locale;
    auto* questionLabel = new QLabel(
        tr("Take the receipt of %1 from %2, booked on %3, out of the queue? It is not posted "
           "to any customer.")
            .arg(NumberFormat::money(line.amount.minor(), line.amount.currency(), locale),
                 BankMatchText::payer(line),
                 locale.toString(line.bookingDate, QLocale::ShortFormat)),
        this);
    questionLabel->setWordWrap(true);
    auto* reasonLabel = new QLabel(tr("&Reason (kept with the line):"), this);
    reasonLabel->setBuddy(m_reasonLineEdit);
    m_reasonLineEdit->setObjectName(u"ignoreReasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("For example: refund from a supplier"));
    m_reasonLineEdit->setMaxLength(500);

    QPushButton* ignoreButton = m_buttonBox->button(QDialogButtonBox::Ok);
    ignoreButton->setText(tr("&Ignore"));
    ignoreButton->setObjectName(u"ignoreButton"_s);
    ignoreButton->setEnabled(false);
    connect(m_reasonLineEdit, &QLineEdit::textChanged, this, [ignoreButton](const QString& text) {
        ignoreButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reasonLineEdit);
    layout->addStretch();
    layout->addWidget(m_buttonBox);
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

QString BankIgnoreDialog::reason() const
{
    return m_reasonLineEdit->text().trimmed();
}

} // namespace ardesk
