#pragma once

#include <QVarLengthArray>

namespace ardesk {

class DelayPool;

// The delay distribution of one open item: the customer's own past delays (each with its
// recency weight, already moved by the trend and size effects) mixed with a pool of similar
// customers that weighs as much as `poolWeight` of the customer's own payments: the empirical
// Bayes shrinkage that gives a customer with two payments a sensible estimate.
//   S(t) = (Σ w_i [x_i > t] + k · S_pool(t)) / (Σ w_i + k)
// Everything is conditioned on what is known of the item: it was not paid before its earliest
// possible day, so its delay exceeds `floor` (as of a date D, an open item pays on D + 1 at
// the earliest).
class DelayDistribution {
public:
    DelayDistribution(const DelayPool& pool, double poolWeight, int floor);

    void addOwn(int delay, double weight);

    // P(delay > t | delay > floor).
    double survival(int t) const;
    // The median delay given delay > floor: the point prediction that minimises the mean
    // absolute error in days.
    int median() const;
    // Σ survival(t) for t in [0, horizon): the expected days late, counted up to `horizon`.
    double expectedDaysLate(int horizon) const;
    // Whether anything at all is left above the floor (else the item is past every delay seen).
    bool hasMass() const { return m_floorMass > 1e-12; }
    // Call after the last addOwn().
    void finish();

private:
    double unconditional(int t) const;

    struct Point {
        int delay;
        double weight;
    };
    const DelayPool& m_pool;
    double m_poolWeight;
    int m_floor;
    QVarLengthArray<Point, 64> m_own;
    double m_ownWeight = 0;
    double m_floorMass = 0;
};

} // namespace ardesk
