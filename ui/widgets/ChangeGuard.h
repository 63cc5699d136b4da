#pragma once

namespace ardesk {

// Sets a flag for its lifetime. The lazy list models raise one while they announce a change,
// so that fetchMore() does not start another change under listeners that have not seen the
// first one yet.
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
