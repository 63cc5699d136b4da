#include "storage/PostgresCopy.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include "storage/Database.h"
#include "storage/LibPq.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The libpq connection under Qt's QPSQL driver; null for any other.
PGconn* connectionOf(Database& database)
{
    const QVariant handle = database.connection().driver()->handle();
    // Qt names the type by the struct that libpq's PGconn stands for.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

// What went wrong, as QPSQL would tell it, so that storageError() judges it as any other
// statement's failure: the server's SQLSTATE, or none when the connection itself failed.
QSqlError errorOf(const LibPq& pq, PGconn* connection, const PGresult* result)
{
    const char* state = result != nullptr ? pq.resultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (state == nullptr || pq.status(connection) == CONNECTION_BAD)
        return QSqlError(QString::fromUtf8(pq.errorMessage(connection)).trimmed(), QString(),
                         QSqlError::ConnectionError);
    return QSqlError(QString(), QString::fromUtf8(pq.resultErrorMessage(result)).trimmed(),
                     QSqlError::StatementError, QString::fromLatin1(state));
}

// The results of the statement until the last; the error of the first that failed, if any.
std::optional<QSqlError> finish(const LibPq& pq, PGconn* connection, qint64& rows)
{
    std::optional<QSqlError> error;
    while (PGresult* result = pq.getResult(connection)) {
        if (pq.resultStatus(result) == PGRES_COMMAND_OK)
            rows = QByteArray(pq.cmdTuples(result)).toLongLong();
        else if (!error)
            error = errorOf(pq, connection, result);
        pq.clear(result);
    }
    return error;
}

void appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    const auto special = [](char c) { return c == '\\' || c == '\t' || c == '\n' || c == '\r'; };
    if (std::none_of(utf8.cbegin(), utf8.cend(), special)) {
        out.append(utf8);
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

void appendInteger(QByteArray& out, qint64 value)
{
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out.append(digits.data(), end - digits.data());
}

} // namespace

void PostgresCopy::appendText(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out.append("\\N");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        out.append(value.toBool() ? '1' : '0');
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out.append(value.toByteArray());
        return;
    case QMetaType::QByteArray:
        // bytea's hex form; its backslash doubled, as COPY's text format wants every one.
        out.append("\\\\x");
        out.append(value.toByteArray().toHex());
        return;
    default:
        appendEscaped(out, value.toString().toUtf8());
    }
}

Result<qint64> PostgresCopy::send(Database& database, const QString& copyStatement,
                                  std::span<const QVariant> values, int valuesPerRow,
                                  const QString& what)
{
    PGconn* connection = connectionOf(database);
    if (connection == nullptr)
        return fail(ErrorCode::Storage, what + u": COPY needs a PostgreSQL connection"_s);
    QString why;
    const LibPq* functions = LibPq::functions(why);
    if (functions == nullptr)
        return fail(ErrorCode::Storage, what + u": libpq cannot be loaded: "_s + why);
    const LibPq& pq = *functions;
    QByteArray data;
    data.reserve(static_cast<qsizetype>(values.size()) * 12);
    for (std::size_t i = 0; i < values.size(); ++i) {
        appendText(data, values[i]);
        data.append((i + 1) % static_cast<std::size_t>(valuesPerRow) == 0 ? '\n' : '\t');
    }

    PGresult* started = pq.exec(connection, copyStatement.toUtf8().constData());
    const bool copying = pq.resultStatus(started) == PGRES_COPY_IN;
    const QSqlError refused = copying ? QSqlError() : errorOf(pq, connection, started);
    pq.clear(started);
    if (!copying)
        return std::unexpected(storageError(refused, what));
    qint64 rows = 0;
    if (pq.putCopyData(connection, data.constData(), static_cast<int>(data.size())) != 1 ||
        pq.putCopyEnd(connection, nullptr) != 1) {
        const QSqlError lost = errorOf(pq, connection, nullptr);
        finish(pq, connection, rows);
        return std::unexpected(storageError(lost, what));
    }
    if (const auto error = finish(pq, connection, rows))
        return std::unexpected(storageError(*error, what));
    return rows;
}

} // namespace ardesk
