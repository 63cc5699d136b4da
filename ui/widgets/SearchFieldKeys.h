#pragma once

#include <functional>

#include <QObject>

class QLineEdit;
class QTableView;
class QTimer;

namespace ardesk {

// The keys of a list's search field: Down or Page Down go straight into the results (as in a
// browser's address bar), first running a search whose typing delay is not over yet; Escape
// clears the search. `apply` runs the search in the field.
class SearchFieldKeys : public QObject {
    Q_OBJECT

public:
    SearchFieldKeys(QLineEdit* field, QTableView* results, QTimer* typingDelay,
                    std::function<void()> apply);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectCurrentRow();

    QLineEdit* m_field;
    QTableView* m_results;
    QTimer* m_typingDelay;
    std::function<void()> m_apply;
};

} // namespace ardesk
