// dramatis-cli: the headless face of Dramatis (tag, eval, train, bench). No widgets linked.
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <map>
#include <memory>

using namespace dramatis::cli;

namespace dramatis::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace dramatis::cli

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("note"), {noteCommand, "note add FILE --quote TEXT --text NOTE | note list FILE [--format json]"}},
        {QStringLiteral("entity"), {entityCommand, "entity mark|reject FILE --quote TEXT [--type T]: correct the tagger"}},
        {QStringLiteral("tag"), {tagCommand, "tag FILE [--format json|text] | tag --jsonl [--threads N] | tag --conll FILE"}},
        {QStringLiteral("export"), {exportCommand, "export FILE... --format md|html|pdf|csv|ann|conll [--out PATH]: summaries"}},
        {QStringLiteral("import"), {importCommand, "import FILE --annotations JSON [--db PATH]: restore exported notes"}},
        {QStringLiteral("bench"), {benchCommand, "bench [FILE] [--size MB] | bench --folder DIR [--threads N]: throughput figures"}},
        {QStringLiteral("library"), {libraryCommand, "library list|search QUERY|entities|entity NAME|forget PATH|import-jsonl FILE... [--json]: the article library"}},
        {QStringLiteral("train"), {trainCommand, "train --train FILE... [--dev FILE] --out MODEL: train the tagger"}},
        {QStringLiteral("eval"), {evalCommand, "eval --conll FILE [--model MODEL]: conlleval scores of the tagger"}},
        {QStringLiteral("watchlist"), {watchlistCommand, "watchlist add NAME FILE|update NAME FILE|rename|remove NAME|list|match FILE...: names to look out for"}},
    };
    return table;
}

void printUsage(QTextStream &s)
{
    s << "usage: dramatis-cli COMMAND [ARGS]\n       dramatis-cli --version\ncommands:\n";
    for (const auto &[name, cmd] : commands())
        s << "  " << cmd.summary << '\n';
    s.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // Exports to PDF lay out text with Qt Gui's fonts, which need a QGuiApplication: offscreen, so the
    // CLI stays headless.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("Dramatis"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("dramatis.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRAMATIS_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err());
        return Usage;
    }
    const QString name = args.takeFirst();
    if (name == u"--version" || name == u"-v") {
        out() << "dramatis-cli " << DRAMATIS_VERSION << '\n';
        return Ok;
    }
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(out());
        return Ok;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err() << "dramatis-cli: unknown command '" << name << "'\n";
        printUsage(err());
        return Usage;
    }
    const int code = it->second.run(args);
    out().flush();
    err().flush();
    return code;
}
