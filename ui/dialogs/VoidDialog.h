#pragma once

#include <functional>

#include <QDate>
#include <QDialog>

#include "domain/Error.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class DateEdit;

// Asks for the date and the reason of a void (an invoice, a payment or a credit note) and
// carries it out with `perform`; a refusal is shown with the core's reason and the dialog stays.
class VoidDialog : public QDialog {
    Q_OBJECT
public:
    using Perform = std::function<Result<void>(QDate date, const QString& reason)>;

    VoidDialog(const QString& document, QDate earliest, Perform perform, QWidget* parent = nullptr);

    void accept() override;

private:
    void validate();

    Perform m_perform;
    QString m_document;
    DateEdit* m_dateEdit;
    QLineEdit* m_reasonLineEdit;
    QLabel* m_problemLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
