// dramatis-cli entity mark|reject: corrections of the tagger, kept as the analyst's lexicon rules.
#include "commands.h"

#include "annotationcli.h"
#include "annotations/anchor.h"
#include "annotations/annotationstore.h"
#include "commandline.h"
#include "lexicon/lexiconapplier.h"
#include "ner/tokenizer.h"

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

CommandLine entityLine(LexiconRule::Kind kind)
{
    const bool mark = kind == LexiconRule::Mark;
    CommandLine line(mark ? u"entity mark"_s : u"entity reject"_s,
        mark ? u"usage: dramatis-cli entity mark FILE --quote TEXT --type PER|ORG|LOC|MISC [--occurrence N] "
               "[--scope everywhere|article] [--db PATH]\n"_s
             : u"usage: dramatis-cli entity reject FILE --quote TEXT [--type PER|ORG|LOC|MISC] [--occurrence "
               u"N] "
               "[--scope everywhere|article] [--db PATH]\n"_s,
        mark ? u"Marks the quoted words as a name of the given type, a rule of the analyst's lexicon."_s
             : u"Marks the quoted words as no name, a rule of the analyst's lexicon."_s);
    line.setDashedWordsAreArguments(true);
    line.addPositional(u"FILE"_s, u"The article."_s);
    line.addOption(u"quote"_s, u"The words, as the article writes them."_s, u"TEXT"_s);
    line.addOption(u"type"_s,
        mark ? u"PER, ORG, LOC or MISC."_s : u"PER, ORG, LOC or MISC: rejects the words as that type only."_s,
        u"T"_s);
    line.addOption(
        u"occurrence"_s, u"Which occurrence of the quote, from 1, when it occurs more than once."_s, u"N"_s);
    line.addOption(u"scope"_s, u"everywhere (the default) or article: where the rule holds."_s, u"S"_s);
    line.addOption(u"db"_s, u"The analyst's database."_s, u"PATH"_s);
    return line;
}

int entityRule(LexiconRule::Kind kind, const QStringList &args)
{
    CommandLine line = entityLine(kind);
    if (const auto stop = line.parse(args))
        return *stop;
    const QString &command = line.command();
    const QString typeCode = line.value(u"type"_s);
    const std::optional<EntityType> type = entityTypeFromCode(typeCode);
    const QString scope = line.value(u"scope"_s, u"everywhere"_s);
    if (line.positional().size() != 1 || line.value(u"quote"_s).isEmpty()
        || (kind == LexiconRule::Mark && !type) || (!typeCode.isEmpty() && !type)
        || (scope != u"everywhere" && scope != u"article"))
        return line.usageError();
    const QString file = line.positional().front();
    Article article;
    if (const int rc = loadArticle(command, file, &article))
        return rc;
    const QString quote = line.value(u"quote"_s);
    qsizetype start = 0;
    if (const int rc = findOccurrence(file, article.text, quote, line.value(u"occurrence"_s), &start))
        return rc;
    // A mark applies to whole words only; a quote that cuts a word would be a rule that never fires.
    if (kind == LexiconRule::Mark
        && !onTokenBoundaries(Tokenizer().tokenize(article.text), start, start + quote.size())) {
        err() << file << ": the quote \"" << quote << "\" does not begin and end at word boundaries\n";
        return BadInput;
    }
    AnnotationStore store;
    if (const int rc = openStore(command, line.value(u"db"_s), &store))
        return rc;
    const qint64 articleId = store.articleId(article);
    const TextAnchor where = TextAnchor::fromRange(article.text, start, start + quote.size());
    LexiconRule rule;
    rule.kind = kind;
    rule.scope = scope == u"article" ? LexiconRule::ThisArticle : LexiconRule::Everywhere;
    rule.articleId = articleId;
    rule.surface = quote;
    rule.type = type;
    rule.originPath = article.filePath;
    rule.originContext = QString(where.prefix + u'[' + quote + u']' + where.suffix).simplified();
    if (articleId == 0 || store.addRule(rule) == 0) {
        err() << "dramatis-cli " << command << ": " << store.errorString() << '\n';
        return BadInput;
    }
    out() << "rule " << rule.id << ": " << rule.describe() << '\n';
    return Ok;
}

} // namespace

int entityCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"mark")
        return entityRule(LexiconRule::Mark, args.mid(1));
    if (sub == u"reject")
        return entityRule(LexiconRule::Reject, args.mid(1));
    const CommandLine mark = entityLine(LexiconRule::Mark);
    const CommandLine reject = entityLine(LexiconRule::Reject);
    return helpOrUsage(sub, {&mark, &reject});
}

} // namespace dramatis::cli
