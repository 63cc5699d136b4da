#include "letters/QrCode.h"

#include <memory>

#include <qrencode.h>

namespace ardesk {

QrCode::QrCode(int size, QByteArray modules)
    : m_size(size)
    , m_modules(std::move(modules))
{}

std::optional<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return std::nullopt;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(bytes.size()),
                          reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return std::nullopt;
    const int size = code->width;
    QByteArray modules(qsizetype(size) * size, '\0');
    // libqrencode's lowest bit of each byte says dark; the others describe the module's role.
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = static_cast<char>(code->data[i] & 1);
    return QrCode(size, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QPainterPath QrCode::path(double moduleSize) const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        // Runs of dark modules as one rectangle each: fewer seams between neighbours.
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x + 1;
            while (end < m_size && isDark(end, y))
                ++end;
            path.addRect(x * moduleSize, y * moduleSize, (end - x) * moduleSize, moduleSize);
            x = end;
        }
    }
    return path;
}

} // namespace ardesk
