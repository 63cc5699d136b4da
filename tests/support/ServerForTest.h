#pragma once

#include <memory>

#include <catch2/catch.hpp>

#include <QString>

#include "support/PostgresServer.h"

namespace ardesk::test {

// The test's own PostgreSQL server for a Catch2 test, or nothing after a warning that says why
// the test is skipped (no QPSQL driver, no PostgreSQL on this machine).
inline std::unique_ptr<PostgresServer> startServerOrWarn()
{
    QString whyNot;
    auto server = PostgresServer::start(whyNot);
    if (!server)
        WARN("no PostgreSQL server for the test: " << whyNot.toStdString());
    return server;
}

} // namespace ardesk::test
