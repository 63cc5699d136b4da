#include "support/TestClock.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

#include <QDate>

#include "domain/Clock.h"
#include "domain/IsoDate.h"

namespace ardesk::test {

void installClockFromEnvironment()
{
    const QString text = qEnvironmentVariable("ARDESK_TEST_TODAY");
    if (text.isEmpty())
        return;
    const std::optional<QDate> today = IsoDate::parse(text);
    if (!today) {
        std::fprintf(stderr, "ARDESK_TEST_TODAY=%s is not a date YYYY-MM-DD\n", qPrintable(text));
        std::exit(2);
    }
    Clock::install(std::make_shared<FixedClock>(*today));
}

} // namespace ardesk::test
