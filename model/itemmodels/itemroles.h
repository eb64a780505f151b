#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <Qt>

#include <initializer_list>

namespace dramatis {

// Every custom item role of Dramatis's item models, in one place so that two models never reuse a number
// and views and delegates can read any model with the same names.
//
// The enum is unscoped on purpose: the values are passed where Qt expects an `int` role
// (QModelIndex::data, QSortFilterProxyModel::setFilterRole, setData), and an unscoped enum converts to
// int without a cast at every one of those call sites.
enum ItemDataRole {
    // EntityModel
    EntityTypeRole = Qt::UserRole + 1, // int (EntityType); groups and entities alike
    IsGroupRole, // bool: a type group row rather than an entity
    EntityIndexRole, // int: index into Analysis::entities, -1 for groups
    MentionCountRole, // int: mentions of the entity; for a group, how many entities it holds
    EntityRoleRole, // QString: what the resolver says the entity does ("chief executive"), may be empty
    AliasesRole, // QStringList: other surface forms the entity goes by
    FirstMentionRole, // int: index into Analysis::mentions of the first mention, -1 for groups and for an
                      // entity only the title names
    AffiliationRole, // QString: canonical name of the entity's employer (people) or parent (companies), may
                     // be empty
    SubtitleRole, // QString: the sidebar's second line, "chief executive, Northwind Robotics"; may be empty
    LexiconDecidedRole, // bool: an analyst's lexicon rule decided the entity (Analysis::lexiconEntities)
    WatchlistBadgeRole, // int (WatchlistBadge): how the entity's best watchlist hit is drawn
    WatchlistColourRole, // QString "#rrggbb": the colour of that hit's list; empty without a hit
    WatchlistNameRole, // QString: that hit's list name, the badge's text; empty without a hit

    // OpenArticlesModel
    ArticleSubtitleRole = Qt::UserRole + 100, // QString: "source · date · N people"
    ArticlePathRole, // QString: the file the article came from (or its resource name)

    // AnnotationModel (the notes panel)
    AnnotationIdRole = Qt::UserRole + 200, // qint64
    KindRole, // int (Annotation::Kind)
    QuoteRole, // QString: the annotated words (as stored, also for orphans)
    NoteTextRole, // QString
    CategoryRole, // QString
    CategoryColorRole, // QString "#rrggbb", empty without a category
    StartRole, // qsizetype: UTF-16 offset in the article text, -1 for an orphan
    EndRole,
    AnchorStatusRole, // int (AnchorStatus)
    OrphanedRole, // bool
    SearchTextRole, // QString: quote, note and category together, for a filter proxy

    // AnalystLexiconModel (the Lexicon dialog)
    RuleIdRole = Qt::UserRole + 220, // qint64
    RuleKindRole, // int (LexiconRule::Kind)

    // LibraryArticleModel and LibraryEntityModel (the Library panel); also ArticlePathRole, EntityTypeRole
    LibraryArticleIdRole = Qt::UserRole + 240, // qint64
    LibraryEntityIdRole, // qint64
    LibrarySnippetRole, // QString: the words a full-text search matched, with [brackets]; may be empty
    LibraryCountRole, // int: articles of an entity (shared ones, for a co-mentioned list)

    // IdentifierModel (the sidebar's contacts and identifiers); also IsGroupRole, MentionCountRole
    IdentifierKindRole = Qt::UserRole + 260, // int (IdentifierKind), -1 for the group
    IdentifierRowRole, // int: index into IdentifierModel::identifiers(), -1 for the group
    NormalizedRole, // QString: the identifier's normalised form ("+442079460958"); empty for the group
};

// What an entity's badge says of its best watchlist hit not dismissed (WatchlistBadgeRole).
enum WatchlistBadge {
    NoWatchlistBadge,
    PossibleWatchlistBadge, // initials: worth a look
    WatchlistMatchBadge, // a match the analyst has not judged yet
    ConfirmedWatchlistBadge, // the analyst confirmed it
};

struct WatchlistMatch;
// The badge of an entity's hits to show (EntityMatches::shown(): confirmed first, then sure, then possible):
// what the best of them says. The sidebar's model and the Library's delegate read it here, so the two agree.
WatchlistBadge watchlistBadge(const QList<WatchlistMatch> &shown);

// The name a role goes by in roleNames() (QML delegates, model dumps): one table for every model, so that a
// role has the same name wherever it is offered.
QByteArray itemRoleName(ItemDataRole role);
// `names` (a model's inherited roleNames()) with `roles` added under their names.
QHash<int, QByteArray> withItemRoleNames(
    QHash<int, QByteArray> names, std::initializer_list<ItemDataRole> roles);

} // namespace dramatis
