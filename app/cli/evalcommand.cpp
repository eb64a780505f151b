#include "commands.h"

#include "commandline.h"
#include "conllcommand.h"
#include "training/conlleval.h"
#include "training/reliability.h"

using namespace Qt::StringLiterals;

namespace dramatis::cli {

int evalCommand(const QStringList &args)
{
    CommandLine line(u"eval"_s, u"usage: dramatis-cli eval --conll FILE [--model MODEL] [--reliability]\n"_s,
        u"Tags a CoNLL file that holds gold tags and prints conlleval's report of the tagger."_s);
    line.addOption(u"conll"_s, u"The CoNLL file (it may also be given without --conll)."_s, u"FILE"_s);
    line.addOption(u"model"_s, u"A tagger model file instead of the built-in one."_s, u"MODEL"_s);
    line.addOption(u"reliability"_s,
        u"Also print how often mentions are right at each confidence (a reliability diagram in ten bins), "
        u"the expected calibration error and the Platt scaling that would calibrate the scores."_s);
    line.addPositional(u"FILE"_s, u"The CoNLL file, when --conll is not given."_s, u"[FILE]"_s);
    if (const auto stop = line.parse(args))
        return *stop;
    const QStringList &positional = line.positional();
    const QString file = line.value(u"conll"_s, positional.value(0));
    if (file.isEmpty() || positional.size() > (line.isSet(u"conll"_s) ? 0 : 1))
        return line.usageError();
    QList<float> confidence;
    const bool reliability = line.isSet(u"reliability"_s);
    const auto lines = annotateConllFile(file, line.value(u"model"_s), reliability ? &confidence : nullptr);
    if (!lines)
        return BadInput;
    ConllEval eval;
    QString error;
    for (const QString &l : *lines) {
        if (!eval.addLine(l, &error)) {
            err() << file << ": " << error << '\n';
            return BadInput;
        }
    }
    eval.finish();
    out() << eval.report();
    if (reliability)
        out() << Reliability::fromConll(*lines, confidence).report();
    return Ok;
}

} // namespace dramatis::cli
