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

template <typename Function>
bool resolve(QLibrary& library, const char* name, Function& function, QString& why)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    if (function == nullptr && why.isEmpty())
        why = library.errorString();
    return function != nullptr;
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
    LibPq& pq = loaded.functions;
    QString& why = loaded.why;
    loaded.complete = resolve(library, "PQexec", pq.exec, why) &
                      resolve(library, "PQresultStatus", pq.resultStatus, why) &
                      resolve(library, "PQresultErrorField", pq.resultErrorField, why) &
                      resolve(library, "PQresultErrorMessage", pq.resultErrorMessage, why) &
                      resolve(library, "PQclear", pq.clear, why) &
                      resolve(library, "PQstatus", pq.status, why) &
                      resolve(library, "PQerrorMessage", pq.errorMessage, why) &
                      resolve(library, "PQgetResult", pq.getResult, why) &
                      resolve(library, "PQcmdTuples", pq.cmdTuples, why) &
                      resolve(library, "PQputCopyData", pq.putCopyData, why) &
                      resolve(library, "PQputCopyEnd", pq.putCopyEnd, why);
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
