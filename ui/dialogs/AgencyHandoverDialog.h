#pragma once

#include <optional>

#include <QDate>
#include <QDialog>

#include "domain/AgencyHandover.h"
#include "domain/Customer.h"

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace ardesk {

class AgencyService;
class DateEdit;

// Hands a customer over to a collection agency (date, agency, note), or, when the customer is
// with one (`current`), takes it back (date, note). Saving goes through AgencyService, which
// also writes the activity log; a refusal is shown and the dialog stays open.
class AgencyHandoverDialog : public QDialog {
    Q_OBJECT

public:
    AgencyHandoverDialog(AgencyService& service, const Customer& customer,
                         std::optional<AgencyHandover> current, QDate today,
                         QWidget* parent = nullptr);

    void accept() override;

private:
    bool isRecall() const { return m_current.has_value(); }
    void updateButton();

    AgencyService& m_service;
    Customer m_customer;
    std::optional<AgencyHandover> m_current;
    DateEdit* m_dateEdit;
    QLineEdit* m_agencyLineEdit;
    QPlainTextEdit* m_notePlainTextEdit;
    QDialogButtonBox* m_buttonBox;
};

} // namespace ardesk
