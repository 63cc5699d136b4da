#include "ServerLedgerFixture.h"

#include <QFile>
#include <QSqlRecord>

#include "imports/NativeImporter.h"

namespace ardesk::test {

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    QFile file(folder.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

QStringList rows(Database& ledger, const QString& select)
{
    QSqlQuery query(ledger.connection());
    INFO(select.toStdString());
    REQUIRE(query.exec(select));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

ImportReport import(Database& ledger, ImportKind kind, const QString& file)
{
    const auto report = NativeImporter(ledger).run(kind, file, {});
    INFO((report ? QString() : report.error().detail).toStdString());
    REQUIRE(report);
    if (!report->issues.isEmpty())
        UNSCOPED_INFO(report->issues.first().toString().toStdString());
    return *report;
}

} // namespace ardesk::test
