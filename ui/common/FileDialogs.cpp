#include "common/FileDialogs.h"

#include <QFileDialog>

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

} // namespace ardesk
