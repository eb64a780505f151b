#pragma once

#include "core/mention.h"
#include "core/token.h"

namespace dramatis {

// Reads job titles and employers from the sentence around a person's mention, with the patterns news
// writing uses: appositions ("X, a vice president at Y", "X, another Y vice president", "X, Y's chief
// executive"), premodifiers ("Y chief executive X"), "X, who leads Y's cloud unit" and appointments
// ("Y named X its chief executive", "X will become its chief executive").
class RoleExtractor final
{
public:
    struct Role
    {
        int person = -1; // mention index
        QString title; // as written, e.g. "former operations chief"
        int organization = -1; // mention index, -1 when the text names none
        qsizetype sentenceStart = -1;
        qsizetype sentenceEnd = -1;
        int priority = 0; // higher wins: appointments > appositions > former roles; with an employer > without
    };

    RoleExtractor(const TokenizedText &tokens, const MentionList &mentions);
    QList<Role> extract() const;

    // True when `word` (any case) can end a job title: "executive", "spokesperson", "ceo", ...
    static bool isRoleHead(QStringView word);

private:
    struct Span
    {
        qsizetype first = 0;
        qsizetype end = 0; // token indexes [first, end)
    };
    QString lower(qsizetype token) const;
    int mentionStartingAt(qsizetype token) const;
    int mentionEndingAt(qsizetype tokenEnd) const;
    // The longest job title starting at `token` (within `limit`), or an empty span.
    Span titleAt(qsizetype token, qsizetype limit) const;
    QString spanText(Span s) const;
    // An organisation named at *token ("Contoso", "Contoso's"): its mention, with *token moved past it.
    int possessingOrganization(qsizetype *token) const;
    // The organisation mention at `token`, perhaps after "the research firm", or -1.
    int organizationAfter(qsizetype token, qsizetype limit) const;
    // The organisation "its" refers to before `beforeToken` in sentence `sentence`, or -1.
    int subjectOrganization(qsizetype sentence, qsizetype beforeToken) const;
    std::optional<Role> apposition(int person, const Sentence &s) const;
    std::optional<Role> premodifier(int person, const Sentence &s) const;
    std::optional<Role> appointment(int person, const Sentence &s) const;

    const TokenizedText &m_tokens;
    const MentionList &m_mentions;
    QList<int> m_mentionAtToken; // mention index starting at each token, -1 elsewhere
    QList<int> m_mentionEndingAtToken; // mention index whose last token is this one, -1 elsewhere
    QList<qsizetype> m_firstToken; // per mention
    QList<qsizetype> m_endToken;
};

} // namespace dramatis
