#include "dialogs/CreditApplicationsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "ledger/AllocationService.h"
#include "ledger/CreditCorrectionService.h"
#include "models/AllocationTableModel.h"
#include "models/CreditApplicationModel.h"
#include "session/LedgerSession.h"
#include "text/NumberFormat.h"
#include "widgets/DateEdit.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CreditApplicationsDialog::CreditApplicationsDialog(LedgerSession& session, Credit::Kind kind,
                                                   const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_code(code)
    , m_appliedModel(new CreditApplicationModel(this))
    , m_allocationModel(new AllocationTableModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_dateEdit(new DateEdit(Clock::today(), this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_appliedTableView(new QTableView(this))
    , m_allocationTableView(new QTableView(this))
    , m_unapplyButton(new QPushButton(tr("&Un-apply"), this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
{
    setObjectName(u"creditApplicationsDialog"_s);
    setWindowTitle(kind == Credit::Kind::Payment ? tr("Payment %1").arg(code)
                                                 : tr("Credit Note %1").arg(code));
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_dateEdit->setObjectName(u"correctionDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_reasonLineEdit->setObjectName(u"correctionReasonLineEdit"_s);
    m_reasonLineEdit->setPlaceholderText(tr("Why it changes, for the history"));
    m_unapplyButton->setObjectName(u"unapplyButton"_s);
    m_applyButton->setObjectName(u"applyButton"_s);

    m_appliedTableView->setObjectName(u"appliedTableView"_s);
    m_appliedTableView->setAccessibleName(tr("Paid with it now"));
    m_appliedTableView->setModel(m_appliedModel);
    applyTableViewStyle(m_appliedTableView);
    m_appliedTableView->horizontalHeader()->setSectionResizeMode(CreditApplicationModel::Number,
                                                                 QHeaderView::Stretch);
    m_allocationTableView->setObjectName(u"allocationTableView"_s);
    m_allocationTableView->setAccessibleName(tr("Allocation to open items"));
    m_allocationTableView->setModel(m_allocationModel);
    applyTableViewStyle(m_allocationTableView);
    m_allocationTableView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    QHeaderView* columns = m_allocationTableView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AllocationTableModel::Number, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Change as &of:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonLineEdit);
    auto* appliedButtons = new QHBoxLayout;
    appliedButtons->addStretch();
    appliedButtons->addWidget(m_unapplyButton);
    auto* applyButtons = new QHBoxLayout;
    applyButtons->addStretch();
    applyButtons->addWidget(m_applyButton);
    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Paid with it now:"), this));
    layout->addWidget(m_appliedTableView);
    layout->addLayout(appliedButtons);
    layout->addWidget(new QLabel(tr("Apply what is unapplied to open items:"), this));
    layout->addWidget(m_allocationTableView);
    layout->addLayout(applyButtons);
    layout->addWidget(buttonBox);

    connect(m_unapplyButton, &QPushButton::clicked, this,
            &CreditApplicationsDialog::unapplySelected);
    connect(m_applyButton, &QPushButton::clicked, this, &CreditApplicationsDialog::applyShares);
    connect(m_allocationModel, &AllocationTableModel::sharesChanged, this,
            &CreditApplicationsDialog::updateButtons);
    connect(m_appliedTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CreditApplicationsDialog::updateButtons);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CreditApplicationsDialog::reload);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(std::max(sizeHint().width(), 560), std::max(sizeHint().height(), 520));
}

void CreditApplicationsDialog::reload()
{
    CreditCorrectionService& corrections = m_session.creditCorrections();
    const auto credit = corrections.credit(m_kind, m_code);
    const auto applied = corrections.applications(m_kind, m_code);
    if (!credit || !applied) {
        m_summaryLabel->setText(tr("%1 could not be read.").arg(m_code));
        m_summaryLabel->setToolTip((credit ? applied.error() : credit.error()).detail);
        m_appliedModel->setApplications({}, std::nullopt);
        m_allocationModel->clear();
        updateButtons();
        return;
    }
    m_void = credit->voidDate.isValid();
    m_unappliedMinor = credit->unappliedMinor;
    const QLocale locale;
    if (m_void) {
        m_summaryLabel->setText(
            tr("%1 of %2, void since %3: %4")
                .arg(m_code, NumberFormat::money(credit->amountMinor, credit->currency, locale),
                     locale.toString(credit->voidDate, QLocale::ShortFormat), credit->voidReason));
    } else {
        m_summaryLabel->setText(
            tr("%1 of %2 dated %3; unapplied: %4.")
                .arg(m_code, NumberFormat::money(credit->amountMinor, credit->currency, locale),
                     locale.toString(credit->date, QLocale::ShortFormat),
                     NumberFormat::money(credit->unappliedMinor, credit->currency, locale)));
    }
    m_appliedModel->setApplications(*applied, credit->currency);

    const auto items = m_session.allocation().openItems(credit->customerId);
    m_allocationModel->setItems(items ? *items : QList<AllocationItem>(), credit->currency);
    if (!m_void && credit->unappliedMinor > 0) {
        // The rule's proposal as of the chosen day, as the payment dialog starts with.
        const auto shares = m_session.allocation().proposeLater(
            Credit{.id = credit->id,
                   .kind = credit->kind,
                   .code = credit->code,
                   .customerId = credit->customerId,
                   .date = m_dateEdit->date(),
                   .amount = Money(credit->unappliedMinor, credit->currency),
                   .invoiceId = {},
                   .planId = {},
                   .method = {},
                   .reference = {},
                   .reason = {}});
        m_allocationModel->setShares(shares ? *shares : QList<AllocationShare>());
    }
    updateButtons();
}

void CreditApplicationsDialog::updateButtons()
{
    const bool rowChosen = m_appliedTableView->selectionModel()->currentIndex().isValid();
    m_unapplyButton->setEnabled(!m_void && rowChosen);
    const qint64 shares = m_allocationModel->allocatedMinor();
    m_applyButton->setEnabled(!m_void && shares > 0 && shares <= m_unappliedMinor);
}

void CreditApplicationsDialog::unapplySelected()
{
    const QModelIndex current = m_appliedTableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const CreditApplication application = m_appliedModel->applications().at(current.row());
    const auto taken = m_session.creditCorrections().unapply({.kind = m_kind,
                                                              .code = m_code,
                                                              .invoiceNumber = application.number,
                                                              .amountMinor = std::nullopt,
                                                              .date = m_dateEdit->date(),
                                                              .reason = m_reasonLineEdit->text()});
    if (!taken) {
        MessageBoxes::warning(
            this, tr("Cannot Un-apply"),
            tr("%1 could not be un-applied from %2.").arg(m_code, application.number),
            taken.error().detail);
        return;
    }
    m_changed = true;
    reload();
}

void CreditApplicationsDialog::applyShares()
{
    const auto applied = m_session.creditCorrections().apply({.kind = m_kind,
                                                              .code = m_code,
                                                              .invoiceNumber = {},
                                                              .amountMinor = std::nullopt,
                                                              .date = m_dateEdit->date(),
                                                              .shares = m_allocationModel->shares(),
                                                              .reason = m_reasonLineEdit->text()});
    if (!applied) {
        MessageBoxes::warning(this, tr("Cannot Apply"), tr("%1 could not be applied.").arg(m_code),
                              applied.error().detail);
        return;
    }
    m_changed = true;
    reload();
}

} // namespace ardesk
