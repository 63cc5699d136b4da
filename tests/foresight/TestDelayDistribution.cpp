// The delay distribution's expected days late, summed in one pass, against the survival
// function it sums day by day.

#include <random>

#include <catch2/catch.hpp>

#include "foresight/DelayDistribution.h"
#include "foresight/DelayPool.h"

using namespace ardesk;

namespace {

double summedDayByDay(const DelayDistribution& delays, int horizon)
{
    double sum = 0;
    for (int t = 0; t < horizon; ++t)
        sum += delays.survival(t);
    return sum;
}

} // namespace

TEST_CASE("Expected days late equal the survival summed day by day", "[foresight][risk]")
{
    std::mt19937 random(7);
    std::uniform_int_distribution<int> delay(-60, 200);
    DelayPool pool;
    for (int i = 0; i < 500; ++i)
        pool.add(delay(random), 0.5 + (i % 3));
    pool.finish();
    DelayPool empty;
    empty.finish();

    for (const int floor : {-400, -31, -1, 0, 5, 89, 90, 150, 800}) {
        for (const DelayPool* prior : {&pool, &empty}) {
            for (const int own : {0, 1, 7, 40}) {
                DelayDistribution delays(*prior, 4, floor);
                for (int i = 0; i < own; ++i)
                    delays.addOwn(delay(random) + (i % 2 ? 400 : 0), 1.0 / (1 + i));
                delays.finish();
                for (const int horizon : {0, 1, 30, 90, 1000}) {
                    INFO("floor " << floor << ", own " << own << ", horizon " << horizon
                                  << (prior == &empty ? ", no pool" : ""));
                    CHECK(delays.expectedDaysLate(horizon) ==
                          Approx(summedDayByDay(delays, horizon)).epsilon(1e-12).margin(1e-9));
                }
            }
        }
    }
}

TEST_CASE("A pool's survival sums over any range, outside its table too", "[foresight]")
{
    DelayPool pool;
    pool.add(-400, 1);
    pool.add(3, 2);
    pool.add(900, 1);
    pool.finish();
    for (const auto& [from, to] :
         {std::pair{-800, -500}, {-500, 10}, {0, 4}, {2, 1000}, {700, 2000}, {5, 5}, {9, 3}}) {
        double expected = 0;
        for (int t = from; t < to; ++t)
            expected += pool.survival(t);
        INFO("from " << from << " to " << to);
        CHECK(pool.survivalSum(from, to) == Approx(expected).margin(1e-9));
    }
}
