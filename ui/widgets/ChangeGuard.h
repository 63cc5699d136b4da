#pragma once

namespace ardesk {

// Sets a flag for its lifetime: a widget raises one while it fills itself in, so that its own
// change handlers know the change is not the user's.
class ChangeGuard {
public:
    explicit ChangeGuard(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard&) = delete;
    ChangeGuard& operator=(const ChangeGuard&) = delete;

private:
    bool& m_flag;
};

} // namespace ardesk
