#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include "imports/ImportFormat.h"

namespace ardesk {

// The first rows of a CSV file exactly as the importer will read them (CsvReader: BOM, quoting,
// line breaks in fields), with the file's header row as the column headers.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int defaultRows = 20;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // Reads the header and up to `rows` records. Returns false when the file cannot be read
    // at all; a CSV syntax error ends the preview where it occurs, with problem() set. A GnuCash
    // file has no header and may use ';': its columns are numbered, as its manual numbers them.
    bool load(const QString& path, int rows = defaultRows,
              ImportFormat format = ImportFormat::Native);
    void clear();

    // Why the preview stops early, in the core's words ("line 4: ..."); empty when it does not.
    QString problem() const { return m_problem; }
    // Whether the file has more records than the preview shows.
    bool hasMoreRows() const { return m_hasMoreRows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines; // the file line each row starts on
    QString m_problem;
    bool m_hasMoreRows = false;
};

} // namespace ardesk
