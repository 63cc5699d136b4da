#pragma once

#include <QLocale>

#include "jobs/JobRunner.h"

namespace ardesk::test {

// Sets the default locale for one test and puts the previous one back. Qt allows changing the
// default locale only while no other thread runs: a window a test has closed may have left a
// job reading on a pool thread (runners never wait), so both ends wait for every job first.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale)
    {
        JobRunner::waitForAllJobs();
        QLocale::setDefault(locale);
    }
    ~DefaultLocale()
    {
        JobRunner::waitForAllJobs();
        QLocale::setDefault(m_previous);
    }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_previous;
};

} // namespace ardesk::test
