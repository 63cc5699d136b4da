#!/usr/bin/python3
"""Parses one .eml file with Python's email package (the strict, modern policy) and prints what
a mail program would show, as JSON: decoded headers, both alternatives, attachments with the
SHA-256 of their bytes, and the longest line in the raw file."""
import email
import email.policy
import hashlib
import json
import sys

raw = open(sys.argv[1], "rb").read()
message = email.message_from_bytes(raw, policy=email.policy.default)

def mailboxes(header):
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses] \
        if header else []

def text(part):
    # The wire form's CRLF line ends are what a mail program shows as line breaks.
    return part.get_content().replace("\r\n", "\n") if part else None


body_plain = message.get_body(preferencelist=("plain",))
body_html = message.get_body(preferencelist=("html",))
result = {
    "subject": str(message["subject"]),
    "from": mailboxes(message["from"]),
    "to": mailboxes(message["to"]),
    "date": message["date"].datetime.isoformat() if message["date"] else None,
    "messageId": str(message["message-id"]),
    "unsent": message["x-unsent"],
    "contentType": message.get_content_type(),
    "plain": text(body_plain),
    "html": text(body_html),
    "attachments": [
        {"filename": part.get_filename(), "type": part.get_content_type(),
         "sha256": hashlib.sha256(part.get_content()).hexdigest()}
        for part in message.iter_attachments()],
    "defects": [type(d).__name__ for part in message.walk() for d in part.defects],
    "bareLineFeeds": raw.replace(b"\r\n", b"").count(b"\n"),
    "longestLine": max(len(line) for line in raw.split(b"\r\n")),
}
print(json.dumps(result))
