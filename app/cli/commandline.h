#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace dramatis::cli {

// One subcommand's arguments, read by QCommandLineParser: `--name VALUE`, `--name=VALUE`, flags and
// positional arguments, and `--help` (usage and options on stdout, exit 0). Every refusal is one line on
// stderr and the usage error of commands.h, so each command only checks what its values mean.
class CommandLine final
{
public:
    // `command` names the command in messages ("note add"); `usage` is its synopsis, one or more lines
    // beginning "usage: dramatis-cli", printed by --help and after a usage error.
    CommandLine(QString command, QString usage, const QString &description);
    CommandLine(CommandLine &&) noexcept;
    ~CommandLine();

    // An option that takes a value when `valueName` is given, a flag otherwise. `name` without dashes.
    void addOption(const QString &name, const QString &help, const QString &valueName = {});
    void addPositional(const QString &name, const QString &help, const QString &syntax = {});
    // Words with a single dash ("-draft") are arguments, not options: a search query or a file name may
    // begin with one. `-h` stays the help.
    void setDashedWordsAreArguments(bool on) { m_dashedWordsAreArguments = on; }

    // Reads `args` (without the command's name). Empty when the command goes on; otherwise the exit code
    // to return at once: Ok after --help, Usage after an unknown option or a missing value.
    std::optional<int> parse(const QStringList &args);

    bool isSet(const QString &name) const;
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    const QStringList &positional() const { return m_positional; }
    // Reads the number option `name` into `*to` when it is given (`*to` stays as it is otherwise); false
    // when its value is not a number of that kind. The command says which numbers it accepts.
    bool number(const QString &name, int *to) const;
    bool number(const QString &name, quint32 *to) const;
    bool number(const QString &name, double *to) const;
    const QString &command() const { return m_command; }
    const QString &usage() const { return m_usage; }
    // The usage and the options, as --help prints them.
    QString helpText() const;
    // Prints "dramatis-cli COMMAND: message" (when there is one) and the usage; returns Usage.
    int usageError(const QString &message = {}) const;

private:
    QString m_command;
    QString m_usage;
    std::unique_ptr<QCommandLineParser> m_parser;
    QStringList m_valueOptions; // the options that take a value, by name
    QStringList m_positional;
    bool m_dashedWordsAreArguments = false;
};

// For a command made of actions (note add|list), when `word` names none of them: --help prints every
// action's help (exit 0), anything else their usage lines as a usage error.
int helpOrUsage(const QString &word, const QList<const CommandLine *> &actions);

} // namespace dramatis::cli
