#pragma once

namespace ardesk {

// libpq (a server ledger's login: SCRAM's SHA-256 and random bytes, TLS) and Qt's TLS (mail)
// use OpenSSL, which gives every thread that uses it some state of its own, freed by a
// thread-local destructor when the thread ends. OpenSSL's atexit cleanup frees the same state of
// every thread without waiting for them: a background job's pool thread that is still ending
// when the program exits (Qt's pool threads are detached; QThreadPool::waitForDone returns
// before their thread-local destructors run) then has it freed twice, "double free or
// corruption" at the end of a run that did its work.
class OpenSslCleanup {
public:
    // Initialises OpenSSL without that cleanup (OPENSSL_INIT_NO_ATEXIT); OpenSSL's memory is
    // then left to the end of the process. Call it before OpenSSL's first use: once OpenSSL was
    // initialised with the cleanup, this changes nothing. Once per process; nothing where no
    // OpenSSL 3 libcrypto can be found.
    static void keepOffExit();
};

} // namespace ardesk
