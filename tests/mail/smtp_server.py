#!/usr/bin/python3
"""A real SMTP server on 127.0.0.1 for tests/mail: aiosmtpd with STARTTLS, implicit TLS or plain,
AUTH PLAIN/LOGIN against one user, and every accepted message written to a directory as
<n>.eml (the bytes after the DATA terminator is removed and dot-stuffing undone).

Misbehaving on request: --refuse ADDRESS answers RCPT TO that address with 550; --quit drop
closes the connection instead of answering QUIT, --quit hang never answers it. Either prints
"QUIT" when the QUIT arrives.

Prints "PORT <n>" once it accepts connections; stops when its standard input closes.
"""
import argparse
import asyncio
import logging
import pathlib
import socket
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SaveHandler:
    def __init__(self, out, refuse, quit):
        self.out = pathlib.Path(out)
        self.count = 0
        self.refuse = refuse
        self.quit = quit

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        if self.quit is None:
            return "221 Bye"
        print("QUIT", flush=True)
        if self.quit == "drop":
            server.transport.abort()
        # Never answered: aiosmtpd cancels this when the connection goes.
        await asyncio.Event().wait()

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        (self.out / f"{self.count}.eml").write_bytes(envelope.original_content)
        (self.out / f"{self.count}.envelope").write_text(
            "\n".join([envelope.mail_from] + list(envelope.rcpt_tos)) + "\n")
        return "250 OK"


def main():
    # Refused handshakes and logins are what some tests are about: keep their tracebacks and
    # aiosmtpd's own deprecation notices out of the test log; the client reports the failure.
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore", DeprecationWarning)
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["starttls", "tls", "plain"], required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--only-mechanism", choices=["PLAIN", "LOGIN"])
    parser.add_argument("--out", required=True)
    parser.add_argument("--refuse")
    parser.add_argument("--quit", choices=["drop", "hang"])
    args = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login.decode() == args.user and
              auth_data.password.decode() == args.password)
        # handled=False lets aiosmtpd answer 535 itself; True would leave the client waiting.
        return AuthResult(success=ok, handled=False)

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    excluded = [m for m in ("PLAIN", "LOGIN") if args.only_mechanism not in (None, m)]
    parameters = {}
    if args.mode == "starttls":
        parameters = dict(tls_context=context, require_starttls=True,
                          authenticator=authenticate, auth_require_tls=True,
                          auth_exclude_mechanism=excluded)
    elif args.mode == "tls":
        # aiosmtpd only counts STARTTLS as TLS; here the whole connection is.
        parameters = dict(ssl_context=context, authenticator=authenticate,
                          auth_require_tls=False,
                          auth_exclude_mechanism=excluded)

    port = free_port()
    controller = Controller(SaveHandler(args.out, args.refuse, args.quit), hostname="127.0.0.1", port=port,
                            **parameters)
    controller.start()
    print(f"PORT {port}", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
