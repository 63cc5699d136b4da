#pragma once

#include <QDateEdit>

namespace ardesk {

// The date field of every form. QDateEdit spends Tab on its own sections (day, month, year),
// so a date field took three Tab stops and an amount typed after one Tab went into the next
// date section instead of the next field. Here Tab and Backtab always leave the field, and
// Left and Right move between its sections. The calendar pops up on Alt+Down or its button.
class DateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);
    explicit DateEdit(QDate date, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Selects the section before (-1) or after (+1) the current one; false at either end.
    bool selectSection(int step);
};

} // namespace ardesk
