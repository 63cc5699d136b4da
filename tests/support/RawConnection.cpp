#include "support/RawConnection.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ardesk::test {

RawConnection::RawConnection(const QString& path)
    : m_name(u"raw-test-connection-%1"_s.arg(++s_count))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void RawConnection::exec(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    const bool ok = query.exec(sql);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace ardesk::test
