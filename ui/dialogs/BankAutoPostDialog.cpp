#include "dialogs/BankAutoPostDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/BankQueueModel.h"
#include "text/NumberFormat.h"
#include "widgets/ScoreBadgeDelegate.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankAutoPostDialog::BankAutoPostDialog(const QList<BankMatch>& posted, int minScore,
                                       QWidget* parent)
    : QDialog(parent)
    , m_model(new BankQueueModel(this))
{
    setObjectName(u"bankAutoPostDialog"_s);
    setWindowTitle(tr("Post All Sure Receipts"));
    m_model->setMatches(posted);
    const QLocale locale;

    QList<Money> amounts;
    for (const BankMatch& match : posted)
        amounts.append(match.line.amount);

    auto* introLabel =
        new QLabel(tr("%n receipt(s) score %1 or more and would be posted as payments, each to the "
                      "customer and documents shown, in booking-date order, all in one go:",
                      nullptr, static_cast<int>(posted.size()))
                       .arg(locale.toString(minScore)),
                   this);
    introLabel->setObjectName(u"autoPostIntroLabel"_s);
    introLabel->setWordWrap(true);

    auto* table = new QTableView(this);
    table->setObjectName(u"autoPostTableView"_s);
    table->setAccessibleName(tr("Receipts to post"));
    table->setModel(m_model);
    applyTableViewStyle(table);
    table->setItemDelegateForColumn(BankQueueModel::Score,
                                    new ScoreBadgeDelegate(BankQueueModel::ScoreRole, table));
    QHeaderView* columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(BankQueueModel::Reason, QHeaderView::Stretch);
    table->setColumnHidden(BankQueueModel::Reference, true);

    auto* totalLabel = new QLabel(tr("Total: %1").arg(NumberFormat::totals(amounts, locale)), this);
    totalLabel->setObjectName(u"autoPostTotalLabel"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* postButton = buttons->button(QDialogButtonBox::Ok);
    postButton->setText(tr("&Post %n Receipt(s)", nullptr, static_cast<int>(posted.size())));
    postButton->setObjectName(u"postAllButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(table, 1);
    layout->addWidget(totalLabel);
    layout->addWidget(buttons);
    resize(960, 480);
}

} // namespace ardesk
