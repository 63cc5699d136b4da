#pragma once

namespace ardesk::test {

// ARDESK_TEST_TODAY=YYYY-MM-DD sets the program's clock for a whole test run, so that CI shows
// the suite passes whatever day it runs on. Unset: the system clock. An invalid date ends the
// run with a message rather than testing the real day by mistake.
void installClockFromEnvironment();

} // namespace ardesk::test
