#include "commands.h"

namespace dramatis::cli {

int benchCommand(const QStringList &)
{
    err() << "dramatis-cli bench: not built yet\n";
    return Usage;
}

} // namespace dramatis::cli
