#include "widgets/FileDialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
QStringList nextFileNames;
} // namespace

std::optional<QString> FileDialogs::takeNextFileName()
{
    if (nextFileNames.isEmpty())
        return std::nullopt;
    return nextFileNames.takeFirst();
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    nextFileNames = {fileName};
}

void FileDialogs::setNextFileNames(const QStringList& fileNames)
{
    nextFileNames = fileNames;
}

QString FileDialogs::openLedger(QWidget* parent, const QString& startDirectory)
{
    if (auto fileName = takeNextFileName())
        return *fileName;
    return QFileDialog::getOpenFileName(parent, tr("Open Ledger"), startDirectory,
                                        tr("ARDesk ledgers (*.ardesk);;All files (*)"));
}

QString FileDialogs::saveLedger(QWidget* parent, const QString& title, const QString& suggestedPath)
{
    QString fileName;
    if (auto next = takeNextFileName()) {
        fileName = *next;
    } else {
        fileName = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                tr("ARDesk ledgers (*.ardesk);;All files (*)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    }
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
        fileName += u".ardesk"_s;
    return fileName;
}

QString FileDialogs::openCsv(QWidget* parent, const QString& title, const QString& startDirectory)
{
    if (auto fileName = takeNextFileName())
        return *fileName;
    return QFileDialog::getOpenFileName(parent, title, startDirectory,
                                        tr("CSV files (*.csv);;All files (*)"));
}

QString FileDialogs::openBankStatement(QWidget* parent, const QString& title,
                                       const QString& startDirectory)
{
    if (auto fileName = takeNextFileName())
        return *fileName;
    return QFileDialog::getOpenFileName(
        parent, title, startDirectory,
        tr("Bank statements (*.xml *.sta *.txt *.940 *.mt940);;All files (*)"));
}

QString FileDialogs::saveCsv(QWidget* parent, const QString& title, const QString& suggestedPath)
{
    QString fileName;
    if (auto next = takeNextFileName()) {
        fileName = *next;
    } else {
        fileName = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                tr("CSV files (*.csv);;All files (*)"));
    }
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
        fileName += u".csv"_s;
    return fileName;
}

QString FileDialogs::savePdf(QWidget* parent, const QString& title, const QString& suggestedPath)
{
    QString fileName;
    if (auto next = takeNextFileName()) {
        fileName = *next;
    } else {
        fileName = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                tr("PDF files (*.pdf);;All files (*)"));
    }
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
        fileName += u".pdf"_s;
    return fileName;
}

QString FileDialogs::chooseDirectory(QWidget* parent, const QString& title,
                                     const QString& startDirectory)
{
    if (auto directory = takeNextFileName())
        return *directory;
    return QFileDialog::getExistingDirectory(parent, title, startDirectory);
}

QString FileDialogs::saveReport(QWidget* parent, const QString& title, const QString& suggestedPath)
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    QString selectedFilter =
        QFileInfo(suggestedPath).suffix() == u"xlsx"_s ? xlsxFilter : csvFilter;
    QString fileName;
    if (auto next = takeNextFileName()) {
        fileName = *next;
    } else {
        fileName = QFileDialog::getSaveFileName(parent, title, suggestedPath,
                                                csvFilter + u";;"_s + xlsxFilter, &selectedFilter);
    }
    if (!fileName.isEmpty() && QFileInfo(fileName).suffix().isEmpty())
        fileName += selectedFilter == xlsxFilter ? u".xlsx"_s : u".csv"_s;
    return fileName;
}

} // namespace ardesk
