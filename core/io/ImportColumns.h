#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringView>

namespace ardesk {

// The columns a file's header names, with their field positions. A handful of names, looked up
// several times for every row of a file that may have a million: a flat list compared by
// length first costs a fraction of hashing the name on every lookup.
class ImportColumns {
public:
    void insert(const QString& name, int field);
    bool contains(QStringView name) const { return field(name) >= 0; }
    // The field position of the column; -1 when the header does not name it.
    int field(QStringView name) const;

private:
    QList<std::pair<QString, int>> m_columns;
};

} // namespace ardesk
