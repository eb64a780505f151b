#pragma once

// For tests that run the CLI in a child process to prove what happens when it may not read or write
// something: root reads and writes every file whatever its mode, so a root test drops the child to
// `nobody` first (the folders it must use have to be open to others). Call from a child process modifier.
#include <grp.h>
#include <unistd.h>

namespace dramatis::test {

inline constexpr uid_t NobodyId = 65534;

inline bool runsAsRoot()
{
    return ::geteuid() == 0;
}

// In the child, between fork and exec: become nobody when root; end the child (exit 127) if that fails.
inline void dropRootInChild()
{
    if (::geteuid() != 0)
        return;
    if (::setgroups(0, nullptr) != 0 || ::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0)
        ::_exit(127);
}

} // namespace dramatis::test
