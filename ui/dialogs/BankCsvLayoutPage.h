#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace ardesk {

// The first step of setting up a bank's CSV profile: how the file is written (separator, the
// bank's rows before the header and after the last entry, whether a header names the columns),
// with the file shown as these settings split it.
class BankCsvLayoutPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BankCsvLayoutPage(QByteArray content, QWidget* parent = nullptr);

    QChar separator() const;
    int skipRows() const;
    bool headerRow() const;
    int skipTrailingRows() const;
    // The header's fields ([] without a header row) and the first records after it.
    QStringList header() const { return m_header; }
    const QList<QStringList>& entries() const { return m_entries; }

private:
    void showSample();

    QByteArray m_content;
    QStringList m_header;
    QList<QStringList> m_entries;
    QComboBox* m_separatorComboBox;
    QSpinBox* m_skipRowsSpinBox;
    QCheckBox* m_headerCheckBox;
    QSpinBox* m_skipTrailingSpinBox;
    QTableWidget* m_sampleTable;
};

} // namespace ardesk
