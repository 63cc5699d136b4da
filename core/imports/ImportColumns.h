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
    // A column translated from another tool's file (imports/Foreign*): its value sits at `field` of
    // the translated record, but problems with it are reported at that file's own column
    // (1-based `fileColumn`, 0 for none) under that file's name for it (`label`).
    void insert(const QString& name, int field, int fileColumn, const QString& label);
    bool contains(QStringView name) const { return field(name) >= 0; }
    // The field position of the column; -1 when the header does not name it.
    int field(QStringView name) const;
    // Where problems with the column are reported: the 1-based column of the file, and the
    // column's name there.
    int fileColumn(QStringView name) const;
    QString label(const QString& name) const;
    QList<QString> names() const;

private:
    struct Column {
        QString name;
        int field = -1;
        int fileColumn = 0;
        QString label;
    };
    const Column* find(QStringView name) const;

    QList<Column> m_columns;
};

} // namespace ardesk
