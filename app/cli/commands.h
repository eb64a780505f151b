#pragma once

#include <QStringList>
#include <QTextStream>

// dramatis-cli's subcommands. Each gets its arguments (without the command name), reads them with a
// CommandLine (commandline.h) and returns the exit code: 0 done, 1 bad input, 2 usage error. Messages go
// to stderr, one line each.
namespace dramatis::cli {

enum Exit { Ok = 0, BadInput = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

int tagCommand(const QStringList &args);
int noteCommand(const QStringList &args);
int entityCommand(const QStringList &args);
int benchCommand(const QStringList &args);
int libraryCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int importCommand(const QStringList &args);
int trainCommand(const QStringList &args);
int evalCommand(const QStringList &args);
int watchlistCommand(const QStringList &args);

} // namespace dramatis::cli
