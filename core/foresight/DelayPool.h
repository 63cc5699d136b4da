#pragma once

#include <vector>

namespace ardesk {

// How many days after its due date an item is paid (negative: before), over many customers: the
// prior a customer with little history is shrunk towards. A histogram of whole days, read as a
// survival function S(t) = P(delay > t).
class DelayPool {
public:
    static constexpr int minDelay = -365;
    static constexpr int maxDelay = 730; // later payments count as paid this late

    DelayPool();

    static int clamp(int delay);
    void add(int delay, double weight);
    // Freezes the histogram into its survival table; add() no more after this.
    void finish();

    double weight() const { return m_total; }
    // P(delay > t); 1 below the range, 0 at its top.
    double survival(int t) const;
    // Σ survival(t) for t in [from, to): the expected days past `from`, capped at `to`.
    double survivalSum(int from, int to) const;

private:
    std::vector<double> m_mass;           // by delay − minDelay
    std::vector<double> m_survival;       // P(delay > t) by t − minDelay
    std::vector<double> m_survivalBefore; // Σ m_survival[j] for j < i, by i
    double m_total = 0;
};

} // namespace ardesk
