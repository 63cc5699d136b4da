#pragma once

namespace ardesk {

enum class RoundingMode {
    HalfUp,   // ties away from zero (commercial rounding)
    HalfEven, // ties to even (banker's rounding)
    Down,     // towards zero
    Up,       // away from zero
};

} // namespace ardesk
