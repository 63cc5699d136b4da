#include "UiTestLedger.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include "domain/CurrencyCode.h"
#include "imports/NativeImporter.h"
#include "ledger/LedgerCreator.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

namespace {

const QStringList firstWords{u"Alpine"_s,  u"Baltic"_s,  u"Cobalt"_s,   u"Delta"_s,  u"Emerald"_s,
                             u"Falcon"_s,  u"Granite"_s, u"Harbor"_s,   u"Indigo"_s, u"Juniper"_s,
                             u"Kestrel"_s, u"Lumen"_s,   u"Meridian"_s, u"Nimbus"_s, u"Orchard"_s};
const QStringList secondWords{u"Logistics"_s, u"Textiles"_s, u"Dental"_s, u"Print"_s,
                              u"Motors"_s,    u"Optics"_s,   u"Supply"_s, u"Studio"_s,
                              u"Timber"_s,    u"Foods"_s,    u"Energy"_s};

QString generatedRow(int i)
{
    const QString name = firstWords.at((i * 7) % firstWords.size()) + u' ' +
                         secondWords.at((i * 5) % secondWords.size()) + u' ' + QString::number(i);
    const QString limit = i % 3 == 0 ? QString() : QString::number(i * 10) + u".50"_s;
    return u"C%1,%2,c%1@example.com,+49 30 %1,%3,%4,EUR"_s.arg(i, 4, 10, QChar(u'0'))
        .arg(name, QString::number(15 * (1 + i % 4)), limit);
}

} // namespace

UiTestLedger::UiTestLedger(int customers)
    : m_customers(customers)
{
    REQUIRE(customers >= 4);
    const QString csvPath = m_ledger.dir() + u"/customers.csv"_s;
    {
        QFile file(csvPath);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Text));
        QTextStream out(&file);
        out << "customer_id,name,email,phone,terms_days,credit_limit,currency\n"
            << "C0001,Zephyr Bakery,orders@zephyr.example,+49 30 1234567,14,12345.67,EUR\n"
            << "C0002,100% Organic_Foods,,,0,,EUR\n"
            << "C0003,Tokyo Trading KK,,,30,150000,JPY\n"
            << u"C0004,Ärzte Bedarf,,,30,,EUR\n"_s;
        for (int i = 5; i <= customers; ++i)
            out << generatedRow(i) << '\n';
    }

    auto database =
        LedgerCreator::create(m_ledger.path(), company, *CurrencyCode::fromCode(u"EUR"));
    REQUIRE(database.has_value());
    auto report = NativeImporter(**database).run(ImportKind::Customers, csvPath, ImportOptions{});
    INFO((report ? QString() : report.error().detail).toStdString());
    REQUIRE(report.has_value());
    INFO((report->issues.isEmpty() ? QString() : report->issues.first().toString()).toStdString());
    REQUIRE(report->succeeded());
    REQUIRE(report->rowsImported == customers);
}

void UiTestLedger::load(ImportKind kind, const QByteArray& csv)
{
    const QString csvPath = m_ledger.dir() + u"/load-%1.csv"_s.arg(++m_files);
    {
        QFile file(csvPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(csv) == csv.size());
    }
    auto database = Database::open(m_ledger.path());
    REQUIRE(database.has_value());
    auto report = NativeImporter(**database).run(kind, csvPath, ImportOptions{});
    INFO((report ? QString() : report.error().detail).toStdString());
    REQUIRE(report.has_value());
    INFO((report->issues.isEmpty() ? QString() : report->issues.first().toString()).toStdString());
    REQUIRE(report->succeeded());
}

} // namespace ardesk::test
