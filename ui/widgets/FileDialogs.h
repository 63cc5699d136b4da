#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace ardesk {

// Every file dialog of the application goes through here, so that tests can pick a file in
// advance instead of blocking on a modal dialog.
class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    // A ledger file to open, or an empty string when the user cancelled.
    static QString openLedger(QWidget* parent, const QString& startDirectory);
    // A new ledger file to write (suggested: `suggestedPath`), with the .ardesk suffix added
    // when the user typed none, or an empty string when the user cancelled. Does not ask about
    // replacing an existing file: callers refuse to overwrite ledgers and say so.
    static QString saveLedger(QWidget* parent, const QString& title, const QString& suggestedPath);
    // A CSV file to read, or an empty string when the user cancelled.
    static QString openCsv(QWidget* parent, const QString& title, const QString& startDirectory);
    // A bank statement to import (camt.053/.054 XML, MT940), or an empty string when the user
    // cancelled. Any file may be chosen: the importer recognises the format from the content.
    static QString openBankStatement(QWidget* parent, const QString& title,
                                     const QString& startDirectory);
    // A CSV file to write (suggested: `suggestedPath`), with .csv added when the user typed no
    // suffix, or an empty string when the user cancelled. The dialog asks before replacing.
    static QString saveCsv(QWidget* parent, const QString& title, const QString& suggestedPath);
    // A report file to write, CSV or Excel workbook (.xlsx), suggested `suggestedPath`: the
    // suffix picks the format, and the chosen filter's suffix is added when the user typed
    // none. Empty when the user cancelled; the dialog asks before replacing.
    static QString saveReport(QWidget* parent, const QString& title, const QString& suggestedPath);
    // A PDF file to write (suggested: `suggestedPath`), with .pdf added when the user typed no
    // suffix, or an empty string when the user cancelled. The dialog asks before replacing.
    static QString savePdf(QWidget* parent, const QString& title, const QString& suggestedPath);
    // A folder to write files into, or an empty string when the user cancelled.
    static QString chooseDirectory(QWidget* parent, const QString& title,
                                   const QString& startDirectory);

    // Test hook: the next file dialog is not shown and returns `fileName` at once (an empty
    // name stands for Cancel).
    static void setNextFileName(const QString& fileName);
    // Test hook: the next dialogs return these, in order (each replaces any names still left).
    static void setNextFileNames(const QStringList& fileNames);

private:
    static std::optional<QString> takeNextFileName();
};

} // namespace ardesk
