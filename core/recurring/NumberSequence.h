#pragma once

#include <optional>

#include <QString>

namespace ardesk {

// A sequence of document numbers named by one of them: "INV-000001" names the stem "INV-" with
// counters of six digits, starting at 1. A number of the sequence is the stem and a counter
// padded with zeros to that width (wider once the counter outgrows it).
class NumberSequence {
public:
    // Nothing when `number` does not end in a digit, or its digits make no whole number.
    static std::optional<NumberSequence> named(const QString& number);

    const QString& stem() const { return m_stem; }
    qint64 first() const { return m_first; }
    QString number(qint64 counter) const;

private:
    NumberSequence(QString stem, int width, qint64 first);

    QString m_stem;
    int m_width;
    qint64 m_first;
};

} // namespace ardesk
