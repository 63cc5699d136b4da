#include "storage/LibPq.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

struct Loaded {
    LibPq functions;
    QString why;
    bool complete = false;
};

// Looks `name` up; a name not found leaves `loaded` incomplete, saying why (the first such).
template <typename Function>
void resolve(QLibrary& library, const char* name, Function& function, Loaded& loaded)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    if (function != nullptr)
        return;
    if (loaded.complete)
        loaded.why = library.errorString();
    loaded.complete = false;
}

Loaded load()
{
    Loaded loaded;
#ifdef Q_OS_WIN
    QLibrary library(u"libpq"_s);
#else
    QLibrary library(u"pq"_s, 5);
#endif
    if (!library.load()) {
        loaded.why = library.errorString();
        return loaded;
    }
    loaded.complete = true;
    LibPq& pq = loaded.functions;
    resolve(library, "PQexec", pq.exec, loaded);
    resolve(library, "PQresultStatus", pq.resultStatus, loaded);
    resolve(library, "PQresultErrorField", pq.resultErrorField, loaded);
    resolve(library, "PQresultErrorMessage", pq.resultErrorMessage, loaded);
    resolve(library, "PQclear", pq.clear, loaded);
    resolve(library, "PQstatus", pq.status, loaded);
    resolve(library, "PQerrorMessage", pq.errorMessage, loaded);
    resolve(library, "PQgetResult", pq.getResult, loaded);
    resolve(library, "PQcmdTuples", pq.cmdTuples, loaded);
    resolve(library, "PQputCopyData", pq.putCopyData, loaded);
    resolve(library, "PQputCopyEnd", pq.putCopyEnd, loaded);
    return loaded;
}

} // namespace

const LibPq* LibPq::functions(QString& why)
{
    static const Loaded loaded = load();
    if (!loaded.complete) {
        why = loaded.why;
        return nullptr;
    }
    return &loaded.functions;
}

} // namespace ardesk
