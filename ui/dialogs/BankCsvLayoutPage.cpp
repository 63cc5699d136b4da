#include "dialogs/BankCsvLayoutPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "bank/BankCsvSample.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Rows shown: enough to see the entries' shape, few enough to read.
constexpr int shownEntries = 12;
constexpr int maximumSkippedRows = 50;

} // namespace

BankCsvLayoutPage::BankCsvLayoutPage(QByteArray content, QWidget* parent)
    : QWizardPage(parent)
    , m_content(std::move(content))
    , m_separatorComboBox(new QComboBox(this))
    , m_skipRowsSpinBox(new QSpinBox(this))
    , m_headerCheckBox(new QCheckBox(tr("The next row names the &columns"), this))
    , m_skipTrailingSpinBox(new QSpinBox(this))
    , m_sampleTable(new QTableWidget(this))
{
    setObjectName(u"bankCsvLayoutPage"_s);
    setTitle(tr("How the File Is Written"));
    setSubTitle(tr("Set how your bank writes the file until its entries show one per row, in "
                   "columns."));

    m_separatorComboBox->setObjectName(u"separatorComboBox"_s);
    m_separatorComboBox->addItem(tr("Comma ( , )"), u","_s);
    m_separatorComboBox->addItem(tr("Semicolon ( ; )"), u";"_s);
    m_separatorComboBox->addItem(tr("Tab"), u"\t"_s);
    m_separatorComboBox->addItem(tr("Vertical bar ( | )"), u"|"_s);
    m_separatorComboBox->setCurrentIndex(
        m_separatorComboBox->findData(QString(BankCsvSample::guessSeparator(m_content))));
    m_skipRowsSpinBox->setObjectName(u"skipRowsSpinBox"_s);
    m_skipRowsSpinBox->setRange(0, maximumSkippedRows);
    m_skipRowsSpinBox->setToolTip(tr("Rows the bank writes before the entries: account, period, "
                                     "balances"));
    m_headerCheckBox->setObjectName(u"headerCheckBox"_s);
    m_headerCheckBox->setChecked(true);
    m_skipTrailingSpinBox->setObjectName(u"skipTrailingSpinBox"_s);
    m_skipTrailingSpinBox->setRange(0, maximumSkippedRows);
    m_skipTrailingSpinBox->setToolTip(tr("Rows the bank writes after the last entry: closing "
                                         "balance, totals"));
    m_sampleTable->setObjectName(u"sampleTable"_s);
    m_sampleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sampleTable->verticalHeader()->hide();
    m_sampleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* form = new QFormLayout;
    auto* separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_separatorComboBox);
    form->addRow(separatorLabel, m_separatorComboBox);
    auto* skipLabel = new QLabel(tr("Rows be&fore the entries:"), this);
    skipLabel->setBuddy(m_skipRowsSpinBox);
    form->addRow(skipLabel, m_skipRowsSpinBox);
    form->addRow(QString(), m_headerCheckBox);
    auto* trailingLabel = new QLabel(tr("Rows &after the entries:"), this);
    trailingLabel->setBuddy(m_skipTrailingSpinBox);
    form->addRow(trailingLabel, m_skipTrailingSpinBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sampleTable, 1);

    connect(m_separatorComboBox, &QComboBox::currentIndexChanged, this,
            &BankCsvLayoutPage::showSample);
    for (QSpinBox* spin : {m_skipRowsSpinBox, m_skipTrailingSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &BankCsvLayoutPage::showSample);
    connect(m_headerCheckBox, &QCheckBox::toggled, this, &BankCsvLayoutPage::showSample);
    showSample();
}

QChar BankCsvLayoutPage::separator() const
{
    return m_separatorComboBox->currentData().toString().at(0);
}

int BankCsvLayoutPage::skipRows() const
{
    return m_skipRowsSpinBox->value();
}

bool BankCsvLayoutPage::headerRow() const
{
    return m_headerCheckBox->isChecked();
}

int BankCsvLayoutPage::skipTrailingRows() const
{
    return m_skipTrailingSpinBox->value();
}

void BankCsvLayoutPage::showSample()
{
    const int wanted = skipRows() + 1 + shownEntries + 1;
    QList<QStringList> records = BankCsvSample::records(m_content, separator(), wanted);
    // The rows after the entries are in the sample only when the whole file is.
    if (records.size() < wanted)
        records.resize(std::max<qsizetype>(0, records.size() - skipTrailingRows()));
    else
        records.removeLast();
    records.remove(0, std::min<qsizetype>(skipRows(), records.size()));
    m_header = headerRow() && !records.isEmpty() ? records.takeFirst() : QStringList();
    m_entries = records;

    qsizetype columns = m_header.size();
    for (const QStringList& row : std::as_const(m_entries))
        columns = std::max(columns, row.size());
    m_sampleTable->clear();
    m_sampleTable->setColumnCount(static_cast<int>(columns));
    m_sampleTable->setRowCount(static_cast<int>(m_entries.size()));
    QStringList labels;
    for (qsizetype c = 0; c < columns; ++c) {
        const QString name = m_header.value(c).trimmed();
        //: A column of the bank's file without a header: %1 its position, 1 for the first.
        labels.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    m_sampleTable->setHorizontalHeaderLabels(labels);
    for (qsizetype r = 0; r < m_entries.size(); ++r) {
        for (qsizetype c = 0; c < m_entries.at(r).size(); ++c) {
            m_sampleTable->setItem(static_cast<int>(r), static_cast<int>(c),
                                   new QTableWidgetItem(m_entries.at(r).at(c)));
        }
    }
}

} // namespace ardesk
