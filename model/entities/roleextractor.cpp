#include "entities/roleextractor.h"

#include <QSet>

#include <algorithm>

namespace dramatis {

namespace {

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> s;
    for (const char *w : words)
        s.insert(QString::fromUtf8(w));
    return s;
}

// Words a job title can end with.
const QSet<QString> &heads()
{
    static const QSet<QString> s = wordSet(
        {"executive", "ceo", "cfo", "coo", "cto", "cio", "cmo", "president", "chairman", "chairwoman", "chair",
         "chairperson", "founder", "co-founder", "cofounder", "director", "spokesperson", "spokesman",
         "spokeswoman", "analyst", "economist", "minister", "secretary", "senator", "governor", "mayor", "head",
         "partner", "counsel", "engineer", "scientist", "researcher", "professor", "chief", "officer", "manager",
         "leader", "lead", "trader", "investor", "lawyer", "attorney", "adviser", "advisor", "strategist",
         "editor", "reporter", "correspondent", "owner", "treasurer", "commissioner", "ambassador",
         "representative", "principal", "architect", "designer", "developer", "consultant", "fellow",
         "chancellor", "premier", "judge", "administrator", "coach", "captain", "vice-president", "vp", "svp",
         "evp", "boss", "executives", "spokespeople", "investigator", "auditor", "banker", "entrepreneur",
         "founders", "cofounders", "co-founders", "chairs", "heads", "directors", "officials", "official",
         // Lawmakers' and officials' titles before a name, written out or abbreviated ("House Speaker",
         // "Sen.", "Colorado Gov.").
         "speaker", "whip", "sen.", "rep.", "gov.", "sec.", "atty.", "supt."});
    return s;
}

// Words that may come before the head inside a title ("former senior vice president").
const QSet<QString> &modifiers()
{
    static const QSet<QString> s = wordSet(
        {"former", "senior", "vice", "executive", "deputy", "interim", "acting", "co", "general", "managing",
         "chief", "operations", "operating", "financial", "technology", "technical", "product", "marketing",
         "global", "regional", "associate", "assistant", "principal", "lead", "head", "board", "outgoing",
         "incoming", "new", "longtime", "then", "company", "group", "research", "communications", "legal",
         "sales", "engineering", "policy", "foreign", "prime", "finance", "defence", "defense", "trade",
         "economic", "investment", "portfolio", "fund", "hardware", "software", "cloud", "ai", "data",
         "security", "science", "design", "human", "resources", "strategy", "development", "business",
         "corporate", "independent", "non-executive", "founding", "top", "chief", "information", "commercial",
         "revenue", "people", "digital", "creative", "content", "medical", "scientific", "nonexecutive",
         "state", "junior", "staff", "program", "project", "account", "country", "national", "ex", "onetime",
         "co-chief", "founder", "co-founder", "cofounder", "and", "&", "editorial", "news", "equity", "credit",
         "chip", "automotive", "retail", "industry", "market", "energy", "health", "climate", "transport",
         "interior", "home", "justice", "education", "majority", "minority", "press", "lt."});
    return s;
}

// After "of" inside a title: "vice president of engineering".
const QSet<QString> &departments()
{
    static const QSet<QString> s = wordSet(
        {"engineering", "sales", "marketing", "research", "product", "products", "operations", "finance",
         "policy", "communications", "strategy", "technology", "design", "data", "security", "staff",
         "infrastructure", "partnerships", "investor", "relations", "people", "legal"});
    return s;
}

const QSet<QString> &determiners()
{
    static const QSet<QString> s
        = wordSet({"a", "an", "the", "another", "its", "their", "his", "her", "our", "fellow", "one", "former"});
    return s;
}

bool isPossessive(const QString &w)
{
    return w == u"'s" || w == u"\u2019s" || w == u"'" || w == u"\u2019";
}

bool isFormer(const QString &title)
{
    const QString t = title.toLower();
    return t.startsWith(u"former") || t.startsWith(u"ex") || t.startsWith(u"then") || t.startsWith(u"onetime");
}

} // namespace

bool RoleExtractor::isRoleHead(QStringView word)
{
    return heads().contains(word.toString().toLower());
}

RoleExtractor::RoleExtractor(const TokenizedText &tokens, const MentionList &mentions)
    : m_tokens(tokens)
    , m_mentions(mentions)
    , m_mentionAtToken(tokens.tokens.size(), -1)
    , m_mentionEndingAtToken(tokens.tokens.size(), -1)
{
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const auto [f, e] = tokens.tokenRange(mentions[m].start, mentions[m].end);
        m_firstToken.append(f);
        m_endToken.append(e);
        if (f < tokens.tokens.size() && e > f)
            m_mentionAtToken[f] = int(m);
        if (e > f)
            m_mentionEndingAtToken[e - 1] = int(m);
    }
}

QString RoleExtractor::lower(qsizetype token) const
{
    if (token < 0 || token >= m_tokens.tokens.size())
        return {};
    return m_tokens.tokenText(token).toString().toLower();
}

int RoleExtractor::mentionStartingAt(qsizetype token) const
{
    return token >= 0 && token < m_mentionAtToken.size() ? m_mentionAtToken[token] : -1;
}

int RoleExtractor::mentionEndingAt(qsizetype tokenEnd) const
{
    return tokenEnd > 0 && tokenEnd <= m_mentionEndingAtToken.size() ? m_mentionEndingAtToken[tokenEnd - 1] : -1;
}

RoleExtractor::Span RoleExtractor::titleAt(qsizetype token, qsizetype limit) const
{
    qsizetype lastHead = -1;
    for (qsizetype i = token; i < limit; ++i) {
        if (mentionStartingAt(i) >= 0)
            break;
        const QString w = lower(i);
        if (heads().contains(w)) {
            lastHead = i;
            continue;
        }
        if (modifiers().contains(w))
            continue;
        if (w == u"of" && lastHead == i - 1 && i + 1 < limit && departments().contains(lower(i + 1))) {
            lastHead = ++i;
            continue;
        }
        break;
    }
    if (lastHead < 0)
        return {};
    // "and" or "&" cannot end a title.
    return Span{token, lastHead + 1};
}

QString RoleExtractor::spanText(Span s) const
{
    const qsizetype a = m_tokens.tokens[s.first].start;
    const qsizetype b = m_tokens.tokens[s.end - 1].end;
    return m_tokens.text.mid(a, b - a).simplified();
}

std::optional<RoleExtractor::Role> RoleExtractor::apposition(int person, const Sentence &s) const
{
    qsizetype j = m_endToken[person];
    if (j < s.endToken && isPossessive(lower(j)))
        return std::nullopt; // "X's ..." is about something X has
    if (j >= s.endToken || lower(j) != u",")
        return std::nullopt;
    ++j;
    QString det;
    if (determiners().contains(lower(j)) && lower(j) != u"former")
        det = lower(j++);
    int org = -1;
    if (const int m = possessingOrganization(&j); m >= 0)
        org = m;
    // "the company's chief executive", "the firm's founder": the company the sentence is about, as "its".
    static const QSet<QString> companyNouns = wordSet({"company", "firm", "group", "bank", "carmaker",
        "chipmaker", "startup", "retailer", "lender", "insurer", "agency", "airline", "automaker", "brewer"});
    if (org < 0 && det == u"the" && companyNouns.contains(lower(j)) && isPossessive(lower(j + 1))) {
        j += 2;
        det = QStringLiteral("its");
    }
    Role role;
    role.person = person;
    const Span title = titleAt(j, s.endToken);
    if (title.end > title.first) {
        role.title = spanText(title);
        j = title.end;
        const QString prep = lower(j);
        if (org < 0 && (prep == u"at" || prep == u"of" || prep == u"for" || prep == u"with" || prep == u"in")) {
            org = organizationAfter(j + 1, s.endToken);
        }
    } else if (det.isEmpty() && org < 0 && lower(j) == u"who"
               && (lower(j + 1) == u"is" || lower(j + 1) == u"was" || lower(j + 1) == u"becomes")) {
        // "X, who is Y's chief technology officer"
        j += 2;
        QString det2;
        if (determiners().contains(lower(j)) && lower(j) != u"former")
            det2 = lower(j++);
        if (const int m = possessingOrganization(&j); m >= 0)
            org = m;
        const Span t = titleAt(j, s.endToken);
        if (t.end <= t.first)
            return std::nullopt;
        role.title = spanText(t);
        j = t.end;
        const QString prep = lower(j);
        if (org < 0 && (prep == u"at" || prep == u"of" || prep == u"for")) {
            org = organizationAfter(j + 1, s.endToken);
        }
        if (org < 0 && det2 == u"its")
            org = subjectOrganization(&s - m_tokens.sentences.constData(), m_firstToken[person]);
    } else if (det.isEmpty() && org < 0 && lower(j) == u"who") {
        // "X, who leads Y's cloud unit"
        const QString verb = lower(j + 1);
        static const QSet<QString> leads = wordSet({"leads", "heads", "runs", "oversees", "manages", "directs"});
        static const QSet<QString> founded = wordSet({"founded", "co-founded", "cofounded", "started"});
        if (!leads.contains(verb) && !founded.contains(verb) && verb != u"chairs")
            return std::nullopt;
        j += 2;
        if (const int m = possessingOrganization(&j); m >= 0)
            org = m;
        if (founded.contains(verb)) {
            role.title = QStringLiteral("founder");
        } else if (verb == u"chairs") {
            role.title = QStringLiteral("chair");
        } else {
            // The unit led: words up to punctuation, at most five.
            qsizetype k = j;
            while (k < s.endToken && k < j + 5 && m_tokens.tokens[k].has(Token::Word) && mentionStartingAt(k) < 0)
                ++k;
            if (k == j)
                return std::nullopt;
            const qsizetype a = m_tokens.tokens[j].start, b = m_tokens.tokens[k - 1].end;
            role.title = QStringLiteral("head of ") + m_tokens.text.mid(a, b - a).simplified();
        }
    } else {
        return std::nullopt;
    }
    if (org < 0 && det == u"its")
        org = subjectOrganization(&s - m_tokens.sentences.constData(), m_firstToken[person]);
    role.organization = org;
    role.priority = (isFormer(role.title) ? 2 : 4) + (org >= 0 ? 1 : 0);
    return role;
}

int RoleExtractor::possessingOrganization(qsizetype *token) const
{
    const int m = mentionStartingAt(*token);
    if (m < 0 || m_mentions[m].type != EntityType::Organization)
        return -1;
    *token = m_endToken[m];
    if (isPossessive(lower(*token)))
        ++*token;
    return m;
}

int RoleExtractor::organizationAfter(qsizetype token, qsizetype limit) const
{
    // "at Gartner", "at the research firm Gartner": a determiner and a few lower-case words may come first.
    for (qsizetype t = token; t < limit && t <= token + 4; ++t) {
        if (const int m = mentionStartingAt(t); m >= 0)
            return m_mentions[m].type == EntityType::Organization ? m : -1;
        const QStringView w = m_tokens.tokenText(t);
        if (!m_tokens.tokens[t].has(Token::Word) || w.front().isUpper())
            return -1;
    }
    return -1;
}

int RoleExtractor::subjectOrganization(qsizetype sentence, qsizetype beforeToken) const
{
    // "its" points back at the sentence's first organisation, the usual subject; at the start of a
    // sentence, at the nearest of the two sentences before that names one ("Halvorsen said ... Solberg, the
    // company's chief executive, ... Berg, its finance chief, ...").
    const auto &sentences = m_tokens.sentences;
    for (qsizetype si = sentence; si >= 0 && si >= sentence - 2; --si) {
        const qsizetype end = si == sentence ? beforeToken : sentences[si].endToken;
        for (qsizetype t = sentences[si].firstToken; t < end; ++t) {
            if (const int m = mentionStartingAt(t); m >= 0 && m_mentions[m].type == EntityType::Organization)
                return m;
        }
    }
    return -1;
}

std::optional<RoleExtractor::Role> RoleExtractor::premodifier(int person, const Sentence &s) const
{
    qsizetype j = m_firstToken[person] - 1;
    if (j >= s.firstToken && lower(j) == u",")
        --j;
    if (j < s.firstToken || !heads().contains(lower(j)))
        return std::nullopt;
    qsizetype start = j;
    while (start - 1 >= s.firstToken && mentionEndingAt(start) < 0
           && (modifiers().contains(lower(start - 1)) || heads().contains(lower(start - 1))))
        --start;
    // Trim leading words that only join ("and chief executive").
    while (start < j && (lower(start) == u"and" || lower(start) == u"&"))
        ++start;
    Role role;
    role.person = person;
    role.title = spanText(Span{start, j + 1});
    qsizetype before = start;
    if (before - 1 >= s.firstToken && isPossessive(lower(before - 1)))
        --before;
    if (const int m = mentionEndingAt(before); m >= 0 && m_mentions[m].type == EntityType::Organization) {
        role.organization = m;
    } else if (const QString det = lower(start - 1); det == u"its" || det == u"whose") {
        // "Acme (ACME), whose chief executive X" / "its chief executive X"
        if (det == u"whose") {
            for (qsizetype t = start - 2; t >= s.firstToken && t >= start - 6 && role.organization < 0; --t) {
                if (const int m = mentionEndingAt(t + 1); m >= 0 && m_mentions[m].type == EntityType::Organization)
                    role.organization = m;
            }
        } else {
            role.organization = subjectOrganization(&s - m_tokens.sentences.constData(), start - 1);
        }
    }
    role.priority = (isFormer(role.title) ? 2 : 4) + (role.organization >= 0 ? 1 : 0);
    return role;
}

std::optional<RoleExtractor::Role> RoleExtractor::appointment(int person, const Sentence &s) const
{
    static const QSet<QString> auxiliaries
        = wordSet({"will", "would", "to", "has", "have", "had", "been", "be", "is", "was", "serve", "serves",
                   "served", "take", "takes", "took", "over", "officially", "formally", "now", "also", "soon"});
    static const QSet<QString> appointing = wordSet({"become", "becomes", "became", "named", "appointed",
                                                     "elected", "promoted", "as", "hired", "tapped"});
    qsizetype j = m_endToken[person];
    // Skip one apposition: "X, a former ... at Y, will become ..."
    if (j < s.endToken && lower(j) == u",") {
        qsizetype k = j + 1;
        while (k < s.endToken && lower(k) != u",")
            ++k;
        if (k >= s.endToken)
            return std::nullopt;
        j = k + 1;
    }
    bool appointed = false;
    while (j < s.endToken && (auxiliaries.contains(lower(j)) || appointing.contains(lower(j)))) {
        appointed = appointed || appointing.contains(lower(j));
        ++j;
    }
    qsizetype organizationSearchEnd = m_firstToken[person];
    if (!appointed) {
        // "Y named X (as) its chief executive": the verb comes before X.
        static const QSet<QString> verbs = wordSet({"named", "appointed", "hired", "promoted", "tapped", "elected", "picked"});
        if (!verbs.contains(lower(m_firstToken[person] - 1)))
            return std::nullopt;
        j = m_endToken[person];
        if (lower(j) == u"as")
            ++j;
        organizationSearchEnd = m_firstToken[person] - 1;
    }
    QString det;
    if (lower(j) == u"its" || lower(j) == u"the" || lower(j) == u"their" || lower(j) == u"a" || lower(j) == u"an"
        || lower(j) == u"new")
        det = lower(j++);
    if (lower(j) == u"new")
        ++j;
    int org = -1;
    if (const int m = possessingOrganization(&j); m >= 0)
        org = m;
    const Span title = titleAt(j, s.endToken);
    if (title.end <= title.first)
        return std::nullopt;
    Role role;
    role.person = person;
    role.title = spanText(title);
    j = title.end;
    const QString prep = lower(j);
    if (org < 0 && (prep == u"of" || prep == u"at" || prep == u"for")) {
        org = organizationAfter(j + 1, s.endToken);
    }
    if (org < 0) {
        // "its" / "the company's": the sentence's first organisation before the verb.
        for (qsizetype t = s.firstToken; t < organizationSearchEnd && org < 0; ++t) {
            if (const int m = mentionStartingAt(t); m >= 0 && m_mentions[m].type == EntityType::Organization)
                org = m;
        }
    }
    role.organization = org;
    role.priority = 6 + (org >= 0 ? 1 : 0);
    return role;
}

QList<RoleExtractor::Role> RoleExtractor::extract() const
{
    QList<Role> roles;
    qsizetype si = 0;
    const auto &sentences = m_tokens.sentences;
    for (int m = 0; m < m_mentions.size(); ++m) {
        if (m_mentions[m].type != EntityType::Person || m_firstToken[m] >= m_tokens.tokens.size())
            continue;
        while (si < sentences.size() && sentences[si].endToken <= m_firstToken[m])
            ++si;
        if (si >= sentences.size())
            break;
        const Sentence &s = sentences[si];
        for (auto found : {appointment(m, s), apposition(m, s), premodifier(m, s)}) {
            if (!found)
                continue;
            found->sentenceStart = m_tokens.tokens[s.firstToken].start;
            found->sentenceEnd = m_tokens.tokens[s.endToken - 1].end;
            roles.append(*found);
        }
    }
    return roles;
}

} // namespace dramatis
