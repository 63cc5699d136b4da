#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "support/TestClock.h"

// Core tests need an application object for Qt's SQL plugins and resources, but no display.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ardesk::test::installClockFromEnvironment();
    return Catch::Session().run(argc, argv);
}
