#pragma once

#include <QFrame>

class QLabel;

namespace ardesk {

// One figure of the dashboard: a caption, the value in large type and a line of context.
class DashboardTile : public QFrame {
    Q_OBJECT

public:
    // `id` names the tile for tests and style sheets: "<id>Tile", "<id>ValueLabel",
    // "<id>NoteLabel".
    DashboardTile(const QString& id, const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& note = QString());
    QString value() const;
    QString note() const;

private:
    QLabel* m_captionLabel;
    QLabel* m_valueLabel;
    QLabel* m_noteLabel;
};

} // namespace ardesk
