#pragma once

#include <cstdio>
#include <cstdlib>

namespace ardesk::fuzz {

// A broken promise of the code under test: reported and aborted, so libFuzzer keeps the input
// as a crash like any sanitizer finding (a plain assert is compiled out of release flags).
inline void check(bool promiseHeld, const char* promise)
{
    if (promiseHeld)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", promise);
    std::abort();
}

} // namespace ardesk::fuzz
