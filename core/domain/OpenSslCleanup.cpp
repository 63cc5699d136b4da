#include "domain/OpenSslCleanup.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace ardesk {

void OpenSslCleanup::keepOffExit()
{
#ifdef Q_OS_UNIX
    // Looked up rather than linked, like libpq (see LibPq), so that a small command on a file
    // ledger loads none of it: the libcrypto that libpq and Qt's TLS load.
    static const bool done = [] {
        constexpr quint64 noAtExit = 0x00080000; // OPENSSL_INIT_NO_ATEXIT, openssl/crypto.h
        using Init = int (*)(quint64, const void*);
        QLibrary crypto(u"crypto"_s, 3);
        if (const auto init = reinterpret_cast<Init>(crypto.resolve("OPENSSL_init_crypto")))
            init(noAtExit, nullptr);
        return true;
    }();
    Q_UNUSED(done);
#endif
}

} // namespace ardesk
