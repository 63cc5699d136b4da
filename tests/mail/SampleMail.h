#pragma once

#include <QByteArray>

#include "mail/MailMessage.h"

namespace ardesk::test {

// Every byte value, so a wrong transfer encoding cannot go unnoticed.
QByteArray samplePdf();

// A reminder as a German bookkeeper would send it: UTF-8 names and subject longer than one
// encoded-word, a line starting with ".", a lone "." line, a long line and trailing blanks.
MailMessage sampleMail();

} // namespace ardesk::test
