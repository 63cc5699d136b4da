#pragma once

#include <optional>

#include <QByteArray>
#include <QPainterPath>
#include <QString>

namespace ardesk {

// A QR code (ISO/IEC 18004) of a text, made by libqrencode (the only file that includes it is
// QrCode.cpp): byte mode, UTF-8, error correction level M as EPC069-12 asks for, the smallest
// version that holds the text.
class QrCode {
public:
    // Nothing when the text is empty or too long for any version.
    static std::optional<QrCode> encode(const QString& text);

    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const;
    // The dark modules as one path, `moduleSize` wide each, from (0, 0): drawn as vectors the
    // code stays sharp at any resolution.
    QPainterPath path(double moduleSize) const;

private:
    QrCode(int size, QByteArray modules);

    int m_size = 0;
    QByteArray m_modules; // size × size, row by row, 1 = dark
};

} // namespace ardesk
