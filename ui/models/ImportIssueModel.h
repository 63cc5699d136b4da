#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "imports/ImportIssue.h"

namespace ardesk {

// The problems an import check found, one row each, in file order: where (file, line, column)
// and what. The messages are the core's, the same words the command line prints.
class ImportIssueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { File, Line, Field, Message, ColumnCount };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setIssues(const QList<ImportIssue>& issues);
    const QList<ImportIssue>& issues() const { return m_issues; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace ardesk
