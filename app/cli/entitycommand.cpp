// dramatis-cli entity mark|reject: corrections of the tagger, kept as the analyst's lexicon rules.
#include "commands.h"

#include "annotationcli.h"
#include "annotations/anchor.h"
#include "annotations/annotationstore.h"
#include "lexicon/lexiconapplier.h"
#include "ner/tokenizer.h"

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

int entityRule(LexiconRule::Kind kind, const QStringList &args)
{
    const QString command = kind == LexiconRule::Mark ? u"entity mark"_s : u"entity reject"_s;
    const QString usage = kind == LexiconRule::Mark
        ? u"usage: dramatis-cli entity mark FILE --quote TEXT --type PER|ORG|LOC|MISC [--occurrence N] "
          "[--scope everywhere|article] [--db PATH]\n"_s
        : u"usage: dramatis-cli entity reject FILE --quote TEXT [--type PER|ORG|LOC|MISC] [--occurrence N] "
          "[--scope everywhere|article] [--db PATH]\n"_s;
    ParsedArgs p;
    if (const int rc = parseArgs(
            command, args, {u"--quote"_s, u"--type"_s, u"--occurrence"_s, u"--scope"_s, u"--db"_s}, &p))
        return rc;
    const QString typeCode = p.options.value(u"--type"_s);
    const std::optional<EntityType> type = entityTypeFromCode(typeCode);
    const QString scope = p.options.value(u"--scope"_s, u"everywhere"_s);
    if (p.positional.size() != 1 || p.options.value(u"--quote"_s).isEmpty()
        || (kind == LexiconRule::Mark && !type) || (!typeCode.isEmpty() && !type)
        || (scope != u"everywhere" && scope != u"article")) {
        err() << usage;
        return Usage;
    }
    const QString file = p.positional.front();
    Article article;
    if (const int rc = loadArticle(command, file, &article))
        return rc;
    const QString quote = p.options.value(u"--quote"_s);
    qsizetype start = 0;
    if (const int rc = findOccurrence(file, article.text, quote, p.options.value(u"--occurrence"_s), &start))
        return rc;
    // A mark applies to whole words only; a quote that cuts a word would be a rule that never fires.
    if (kind == LexiconRule::Mark
        && !onTokenBoundaries(Tokenizer().tokenize(article.text), start, start + quote.size())) {
        err() << file << ": the quote \"" << quote << "\" does not begin and end at word boundaries\n";
        return BadInput;
    }
    AnnotationStore store;
    if (const int rc = openStore(command, p.options.value(u"--db"_s), &store))
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
    err() << "usage: dramatis-cli entity mark FILE --quote TEXT --type PER|ORG|LOC|MISC [--occurrence N] "
             "[--db PATH]\n"
             "       dramatis-cli entity reject FILE --quote TEXT [--occurrence N] [--db PATH]\n";
    return Usage;
}

} // namespace dramatis::cli
