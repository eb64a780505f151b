#include "commands.h"
#include "conllcommand.h"

#include "training/conlleval.h"

namespace dramatis::cli {

int evalCommand(const QStringList &args)
{
    QString file;
    QString model;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--conll" && i + 1 < args.size())
            file = args[++i];
        else if (args[i] == u"--model" && i + 1 < args.size())
            model = args[++i];
        else if (!args[i].startsWith(u'-') && file.isEmpty())
            file = args[i];
        else {
            file.clear();
            break;
        }
    }
    if (file.isEmpty()) {
        err() << "usage: dramatis-cli eval --conll FILE [--model MODEL]\n";
        return Usage;
    }
    QString error;
    const auto tagger = loadTaggerOrDefault(model, &error);
    if (!tagger) {
        err() << error << '\n';
        return BadInput;
    }
    const auto lines = annotateConllFile(file, *tagger, &error);
    if (!lines) {
        err() << error << '\n';
        return BadInput;
    }
    ConllEval eval;
    for (const QString &l : *lines) {
        if (!eval.addLine(l, &error)) {
            err() << file << ": " << error << '\n';
            return BadInput;
        }
    }
    eval.finish();
    out() << eval.report();
    return Ok;
}

} // namespace dramatis::cli
