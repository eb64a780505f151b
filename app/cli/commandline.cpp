#include "commandline.h"

#include "commands.h"

#include <QCommandLineParser>
#include <QHash>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

CommandLine::CommandLine(QString command, QString usage, const QString &description)
    : m_command(std::move(command))
    , m_usage(std::move(usage))
    , m_parser(std::make_unique<QCommandLineParser>())
{
    if (!m_usage.endsWith(u'\n'))
        m_usage += u'\n';
    m_parser->setApplicationDescription(description);
    // Not addHelpOption(): that one adds --help-all, about Qt's own options, which no command reads.
    m_parser->addOption(QCommandLineOption({u"h"_s, u"help"_s}, u"Shows this help."_s));
}

CommandLine::CommandLine(CommandLine &&) noexcept = default;
CommandLine::~CommandLine() = default;

void CommandLine::addOption(const QString &name, const QString &help, const QString &valueName)
{
    m_parser->addOption(QCommandLineOption(name, help, valueName));
    if (!valueName.isEmpty())
        m_valueOptions.append(name);
}

void CommandLine::addPositional(const QString &name, const QString &help, const QString &syntax)
{
    m_parser->addPositionalArgument(name, help, syntax);
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    const auto takesValue = [this](const QString &word) {
        return word.startsWith(u"--") && !word.contains(u'=') && m_valueOptions.contains(word.mid(2));
    };
    // QCommandLineParser reads the program's name first. A dashed word that is an argument goes to it as a
    // stand-in no one types, and comes back in its place among the positional arguments.
    QStringList words {u"dramatis-cli "_s + m_command};
    QHash<QString, QString> dashed;
    bool isValue = false;
    for (const QString &a : args) {
        if (m_dashedWordsAreArguments && !isValue && a.size() > 1 && a.startsWith(u'-')
            && !a.startsWith(u"--") && a != u"-h") {
            const QString standIn = u"\u0001"_s + QString::number(dashed.size());
            dashed.insert(standIn, a);
            words.append(standIn);
        } else {
            words.append(a);
        }
        isValue = !isValue && takesValue(a);
    }
    const bool parsed = m_parser->parse(words);
    if (m_parser->isSet(u"help"_s)) {
        out() << helpText();
        return Ok;
    }
    if (!parsed) {
        err() << "dramatis-cli " << m_command << ": ";
        const QStringList unknown = m_parser->unknownOptionNames();
        if (!unknown.isEmpty())
            err() << "unknown option " << (unknown.front().size() == 1 ? "-" : "--") << unknown.front()
                  << '\n';
        else if (takesValue(args.constLast())) // only the last word can lack its value
            err() << args.constLast() << " needs a value\n";
        else
            err() << m_parser->errorText() << '\n';
        return Usage;
    }
    m_positional = m_parser->positionalArguments();
    for (QString &p : m_positional)
        p = dashed.value(p, p);
    return std::nullopt;
}

bool CommandLine::isSet(const QString &name) const
{
    return m_parser->isSet(name);
}

QString CommandLine::value(const QString &name, const QString &fallback) const
{
    return m_parser->isSet(name) ? m_parser->value(name) : fallback;
}

QStringList CommandLine::values(const QString &name) const
{
    return m_parser->values(name);
}

namespace {

template<typename T, typename Convert>
bool readNumber(const QCommandLineParser &parser, const QString &name, T *to, Convert convert)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const T n = convert(parser.value(name), &ok);
    if (ok)
        *to = n;
    return ok;
}

} // namespace

bool CommandLine::number(const QString &name, int *to) const
{
    return readNumber(*m_parser, name, to, [](const QString &s, bool *ok) { return s.toInt(ok); });
}

bool CommandLine::number(const QString &name, quint32 *to) const
{
    return readNumber(*m_parser, name, to, [](const QString &s, bool *ok) { return s.toUInt(ok); });
}

bool CommandLine::number(const QString &name, double *to) const
{
    return readNumber(*m_parser, name, to, [](const QString &s, bool *ok) { return s.toDouble(ok); });
}

QString CommandLine::helpText() const
{
    // Qt's first line names the executable alone; the usage names the command and its arguments.
    const QString qtHelp = m_parser->helpText();
    return m_usage + qtHelp.mid(qtHelp.indexOf(u'\n') + 1);
}

int CommandLine::usageError(const QString &message) const
{
    if (!message.isEmpty())
        err() << "dramatis-cli " << m_command << ": " << message << '\n';
    err() << m_usage;
    return Usage;
}

int helpOrUsage(const QString &word, const QList<const CommandLine *> &actions)
{
    if (word == u"--help" || word == u"-h") {
        for (const CommandLine *action : actions)
            out() << (action == actions.front() ? "" : "\n") << action->helpText();
        return Ok;
    }
    for (const CommandLine *action : actions) {
        QString usage = action->usage();
        if (action != actions.front()) // one synopsis under the other
            usage.replace(0, 6, u"      "_s);
        err() << usage;
    }
    return Usage;
}

} // namespace dramatis::cli
