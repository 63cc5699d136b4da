#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace ardesk {

// The files the system asks the application to open while it runs: on macOS a ledger
// double-clicked in the Finder, or dropped on the Dock icon, arrives as a QFileOpenEvent to
// the application, not as a command-line argument. Installed as an event filter on the
// application; hands each local file to `open`.
class FileOpenRequests : public QObject {
    Q_OBJECT

public:
    FileOpenRequests(std::function<void(const QString& path)> open, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<void(const QString& path)> m_open;
};

} // namespace ardesk
