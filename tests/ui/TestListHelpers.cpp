#include <catch2/catch.hpp>

#include <utility>

#include <QDate>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "models/ColumnHeaders.h"
#include "models/PlanScheduleModel.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;
using ardesk::PlanScheduleModel;

namespace {

Qt::Alignment alignment(const QVariant& value)
{
    return Qt::Alignment(value.toInt());
}

} // namespace

TEST_CASE("Column headers are titled and aligned as their cells", "[ui][model][headers]")
{
    PlanScheduleModel model;
    const auto [column, title, numeric] = GENERATE(
        table<int, const char*, bool>({{PlanScheduleModel::Number, "No.", true},
                                       {PlanScheduleModel::DueDate, "Due", false},
                                       {PlanScheduleModel::Amount, "Amount", true},
                                       {PlanScheduleModel::Principal, "Principal", true}}));
    CAPTURE(column);
    CHECK(model.headerData(column, Qt::Horizontal).toString() == QString::fromUtf8(title));
    const Qt::Alignment expected = (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    CHECK(alignment(model.headerData(column, Qt::Horizontal, Qt::TextAlignmentRole)) == expected);
    CHECK(alignment(ardesk::columnAlignment(numeric)) == expected);
    CHECK_FALSE(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

TEST_CASE("Headers outside the columns are Qt's", "[ui][model][headers]")
{
    PlanScheduleModel model;
    using Section = std::pair<int, Qt::Orientation>;
    for (const auto& [section, orientation] :
         {Section{PlanScheduleModel::ColumnCount, Qt::Horizontal}, Section{-1, Qt::Horizontal},
          Section{0, Qt::Vertical}, Section{1, Qt::Vertical}}) {
        CAPTURE(section, orientation);
        // QAbstractItemModel numbers sections from 1.
        CHECK(model.headerData(section, orientation) ==
              model.QAbstractItemModel::headerData(section, orientation));
        CHECK_FALSE(model.headerData(section, orientation, Qt::TextAlignmentRole).isValid());
    }
    CHECK(model.headerData(0, Qt::Vertical).toInt() == 1);
}

TEST_CASE("A search field applies once per pause in typing, or on every key without a delay",
          "[ui][search]")
{
    const int delayMs = GENERATE(0, 40);
    CAPTURE(delayMs);
    QTableView results;
    QStandardItemModel model(3, 1);
    results.setModel(&model);
    QLineEdit field;
    QTimer typingDelay;
    int applied = 0;
    QStringList seen;
    ardesk::setUpSearchField(&field, &results, &typingDelay, delayMs, 20, [&] {
        typingDelay.stop();
        ++applied;
        seen.append(field.text());
    });

    CHECK(field.isClearButtonEnabled());
    const int width = field.fontMetrics().averageCharWidth() * 20;
    CHECK(field.maximumWidth() == width);
    CHECK(field.minimumWidth() == width * 3 / 4);

    QTest::keyClicks(&field, u"abc"_s);
    if (delayMs == 0) {
        CHECK(applied == 3);
        CHECK(seen == QStringList{u"a"_s, u"ab"_s, u"abc"_s});
    } else {
        CHECK(applied == 0);
        CHECK(typingDelay.isActive());
        QTRY_COMPARE(applied, 1);
        CHECK(seen.last() == u"abc"_s);
    }
    const int before = applied;
    QTest::keyClick(&field, Qt::Key_Return);
    CHECK(applied == before + 1);
    CHECK_FALSE(typingDelay.isActive());

    // Escape clears the search and shows everything again.
    QTest::keyClick(&field, Qt::Key_Escape);
    CHECK(field.text().isEmpty());
    CHECK(seen.last().isEmpty());
}

TEST_CASE("Columns are never narrower than their header", "[ui][table]")
{
    QTableView view;
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({u"A rather long translated header"_s, u"B"_s});
    view.setModel(&model);
    QHeaderView* columns = view.horizontalHeader();

    ardesk::resizeColumnAtLeast(&view, 0, 5);
    CHECK(columns->sectionSize(0) == columns->sectionSizeHint(0));
    ardesk::resizeColumnAtLeast(&view, 1, 300);
    CHECK(columns->sectionSize(1) == 300);
    CHECK(ardesk::dateColumnWidth(&view) > view.fontMetrics().horizontalAdvance(QLocale().toString(
                                               QDate(2026, 12, 28), QLocale::ShortFormat)));
}
