#pragma once

#include <QWidget>

namespace ardesk {

// What the main window shows while no ledger is open: how to get one.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

Q_SIGNALS:
    void newCompanyRequested();
    void openRequested();
    void demoRequested();
};

} // namespace ardesk
