#include "itemmodels/itemroles.h"

#include "watchlists/entitymatches.h"

namespace dramatis {

QByteArray itemRoleName(ItemDataRole role)
{
    // No default: a new role without a name is a compiler warning here.
    switch (role) {
    case EntityTypeRole:
        return "entityType";
    case IsGroupRole:
        return "isGroup";
    case EntityIndexRole:
        return "entityIndex";
    case MentionCountRole:
        return "mentionCount";
    case EntityRoleRole:
        return "entityRole";
    case AliasesRole:
        return "aliases";
    case FirstMentionRole:
        return "firstMention";
    case AffiliationRole:
        return "affiliation";
    case SubtitleRole:
        return "entitySubtitle";
    case LexiconDecidedRole:
        return "lexiconDecided";
    case WatchlistBadgeRole:
        return "watchlistBadge";
    case WatchlistColourRole:
        return "watchlistColour";
    case WatchlistNameRole:
        return "watchlistName";
    case ArticleSubtitleRole:
        return "subtitle";
    case ArticlePathRole:
        return "path";
    case AnnotationIdRole:
        return "annotationId";
    case KindRole:
        return "kind";
    case QuoteRole:
        return "quote";
    case NoteTextRole:
        return "noteText";
    case CategoryRole:
        return "category";
    case CategoryColorRole:
        return "categoryColor";
    case StartRole:
        return "start";
    case EndRole:
        return "end";
    case AnchorStatusRole:
        return "anchorStatus";
    case OrphanedRole:
        return "orphaned";
    case SearchTextRole:
        return "searchText";
    case RuleIdRole:
        return "ruleId";
    case RuleKindRole:
        return "ruleKind";
    case LibraryArticleIdRole:
        return "libraryArticleId";
    case LibraryEntityIdRole:
        return "libraryEntityId";
    case LibrarySnippetRole:
        return "snippet";
    case LibraryCountRole:
        return "libraryCount";
    case IdentifierKindRole:
        return "identifierKind";
    case IdentifierRowRole:
        return "identifierRow";
    case NormalizedRole:
        return "normalized";
    }
    return {};
}

QHash<int, QByteArray> withItemRoleNames(
    QHash<int, QByteArray> names, std::initializer_list<ItemDataRole> roles)
{
    for (ItemDataRole role : roles)
        names.insert(role, itemRoleName(role));
    return names;
}

WatchlistBadge watchlistBadge(const QList<WatchlistMatch> &shown)
{
    if (shown.isEmpty())
        return NoWatchlistBadge;
    if (shown.front().confirmed())
        return ConfirmedWatchlistBadge;
    return shown.front().hit.possible ? PossibleWatchlistBadge : WatchlistMatchBadge;
}

} // namespace dramatis
