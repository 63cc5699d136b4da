#include "common/FileDialogs.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
std::optional<QString> nextFileName;
} // namespace

std::optional<QString> FileDialogs::takeNextFileName()
{
    std::optional<QString> fileName = std::move(nextFileName);
    nextFileName.reset();
    return fileName;
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    nextFileName = fileName;
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

} // namespace ardesk
