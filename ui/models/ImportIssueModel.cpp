#include "models/ImportIssueModel.h"

#include <QFileInfo>
#include <QLocale>

namespace ardesk {

ImportIssueModel::ImportIssueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportIssueModel::setIssues(const QList<ImportIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportIssue& issue = m_issues.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return QFileInfo(issue.file).fileName();
        case Line:
            // 0 stands for "the whole file" or "the whole line": nothing to point at.
            return issue.line > 0 ? QLocale().toString(issue.line) : QString();
        case Field:
            return issue.column > 0 ? QLocale().toString(issue.column) : QString();
        case Message:
            return issue.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return index.column() == File ? issue.file : issue.toString();
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == Field))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Field:
        return tr("Column");
    case Message:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace ardesk
