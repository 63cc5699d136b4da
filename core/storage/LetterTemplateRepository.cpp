#include "storage/LetterTemplateRepository.h"

#include <QSqlQuery>
#include <QVariant>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

LetterTemplateRepository::LetterTemplateRepository(Database& database)
    : m_database(database)
{}

Result<QList<StoredLetterTemplate>> LetterTemplateRepository::all()
{
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    if (auto ready = prepare(sql, u"SELECT name, language, body FROM letter_templates"_s,
                             u"preparing the letter templates"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(sql, u"reading the letter templates"_s); !ok)
        return std::unexpected(ok.error());
    ResultColumns columns(sql);
    const int name = columns(u"name"_s);
    const int language = columns(u"language"_s);
    const int body = columns(u"body"_s);
    if (auto ok = columns.check(); !ok)
        return std::unexpected(ok.error());
    QList<StoredLetterTemplate> stored;
    while (sql.next())
        stored.append({.name = sql.value(name).toString(),
                       .language = sql.value(language).toString(),
                       .body = sql.value(body).toString()});
    return stored;
}

Result<void> LetterTemplateRepository::save(const QString& name, const QString& language,
                                            const QString& body)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready =
            prepare(sql,
                    u"INSERT INTO letter_templates(name, language, body, updated_at) "
                    "VALUES (?, ?, ?, "_s +
                        m_database.dialect().utcNow() +
                        u") ON CONFLICT(name, language) DO UPDATE SET body = excluded.body, "
                        "updated_at = excluded.updated_at"_s,
                    u"preparing the letter templates"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(name);
    sql.addBindValue(language);
    sql.addBindValue(body);
    return execute(sql, u"saving letter template %1/%2"_s.arg(language, name));
}

Result<void> LetterTemplateRepository::remove(const QString& name, const QString& language)
{
    QSqlQuery sql(m_database.connection());
    if (auto ready = prepare(sql, u"DELETE FROM letter_templates WHERE name = ? AND language = ?"_s,
                             u"preparing the letter templates"_s);
        !ready)
        return std::unexpected(ready.error());
    sql.addBindValue(name);
    sql.addBindValue(language);
    return execute(sql, u"restoring letter template %1/%2"_s.arg(language, name));
}

} // namespace ardesk
