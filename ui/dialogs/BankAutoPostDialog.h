#pragma once

#include <QDialog>
#include <QList>

#include "cashapp/BankMatch.h"

namespace ardesk {

class BankQueueModel;

// The preview of "Post all": the receipts a run would post (score at least the minimum), with
// the customer, the documents and why, and their total per currency. OK posts them for real.
class BankAutoPostDialog : public QDialog {
    Q_OBJECT

public:
    // `posted`: the dry run's lines marked posted.
    BankAutoPostDialog(const QList<BankMatch>& posted, int minScore, QWidget* parent = nullptr);

    BankQueueModel* model() const { return m_model; }

private:
    BankQueueModel* m_model;
};

} // namespace ardesk
