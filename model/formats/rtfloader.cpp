#include "formats/rtfloader.h"

#include "formats/charsetdecoder.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace dramatis {

namespace {

// Deeper than any word processor writes; a file nested deeper is refused, not followed.
constexpr int kMaxDepth = 1000;

enum class Destination { Body, Skip, Title, Author, Created, Info };

struct GroupState
{
    Destination destination = Destination::Body;
    int skipAfterUnicode = 1; // \ucN: how many fallback characters follow each \uN
};

bool isSkippedDestination(QByteArrayView word)
{
    static const QSet<QByteArray> words {"fonttbl", "colortbl", "stylesheet", "pict", "header", "headerl",
        "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "object",
        "themedata", "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator",
        "xmlnstbl", "mmathPr", "pgdsctbl", "fldinst", "filetbl", "revtbl", "operator", "comment", "subject",
        "keywords", "doccomm", "nonshppict", "shp", "shpinst", "bkmkstart", "bkmkend", "atnid", "atnauthor",
        "xe", "tc", "private"};
    return words.contains(word.toByteArray());
}

class RtfReader
{
public:
    explicit RtfReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    // False when the groups nest too deeply.
    bool read()
    {
        QList<GroupState> stack;
        GroupState state;
        int pendingSkip = 0; // fallback characters still to drop after a \uN
        const qsizetype n = m_bytes.size();
        for (qsizetype i = 0; i < n;) {
            const char c = m_bytes[i];
            if (c == '{') {
                flush(state);
                if (stack.size() >= kMaxDepth)
                    return false;
                stack.append(state);
                ++i;
                continue;
            }
            if (c == '}') {
                flush(state);
                if (!stack.isEmpty())
                    state = stack.takeLast();
                pendingSkip = 0;
                ++i;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++i;
                continue;
            }
            if (c != '\\') {
                if (pendingSkip > 0)
                    --pendingSkip;
                else
                    m_pending += c;
                ++i;
                continue;
            }
            // A control symbol or word.
            if (i + 1 >= n)
                break;
            const char s = m_bytes[i + 1];
            if (s == '\'') {
                bool ok = false;
                const char byte = char(m_bytes.mid(i + 2, 2).toInt(&ok, 16));
                if (pendingSkip > 0)
                    --pendingSkip;
                else if (ok)
                    m_pending += byte;
                i += 4;
                continue;
            }
            if (!std::isalpha(uchar(s))) {
                i += 2;
                if (s == '*') {
                    state.destination = Destination::Skip;
                } else if (s == '\\' || s == '{' || s == '}') {
                    m_pending += s;
                } else if (s == '~') {
                    text(state, QString(QChar(0x00A0)));
                } else if (s == '_') {
                    text(state, QStringLiteral("-"));
                } else if (s == '\n' || s == '\r') {
                    text(state, QStringLiteral("\n\n"));
                }
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && std::isalpha(uchar(m_bytes[j])))
                ++j;
            const QByteArrayView word = QByteArrayView(m_bytes).sliced(i + 1, j - i - 1);
            qsizetype k = j;
            if (k < n && (m_bytes[k] == '-' || std::isdigit(uchar(m_bytes[k])))) {
                ++k;
                while (k < n && std::isdigit(uchar(m_bytes[k])) && k - j < 10)
                    ++k;
            }
            const bool hasParam = k > j;
            const int param = hasParam ? m_bytes.mid(j, k - j).toInt() : 0;
            if (k < n && m_bytes[k] == ' ')
                ++k;
            i = k;
            controlWord(word, hasParam, param, state, pendingSkip);
        }
        flush(state);
        return true;
    }

    QString body() const { return m_body; }
    QString title() const { return m_title; }
    QString author() const { return m_author; }
    QDate created() const { return QDate(m_year, m_month, m_day); }

private:
    void controlWord(QByteArrayView word, bool hasParam, int param, GroupState &state, int &pendingSkip)
    {
        if (isSkippedDestination(word)) {
            state.destination = Destination::Skip;
        } else if (word == "info") {
            state.destination
                = state.destination == Destination::Skip ? Destination::Skip : Destination::Info;
        } else if (word == "title" && state.destination == Destination::Info) {
            state.destination = Destination::Title;
        } else if (word == "author" && state.destination == Destination::Info) {
            state.destination = Destination::Author;
        } else if (word == "creatim" && state.destination == Destination::Info) {
            state.destination = Destination::Created;
        } else if (state.destination == Destination::Created
            && (word == "yr" || word == "mo" || word == "dy")) {
            (word == "yr" ? m_year : word == "mo" ? m_month : m_day) = param;
        } else if (word == "ansicpg" && hasParam) {
            m_codepage = param;
        } else if (word == "uc" && hasParam) {
            state.skipAfterUnicode = qBound(0, param, 10);
        } else if (word == "u" && hasParam) {
            const char16_t unit = char16_t(param < 0 ? param + 65536 : param);
            text(state, QString(QChar(unit)));
            pendingSkip = state.skipAfterUnicode;
        } else if (const auto t = symbols().constFind(word); t != symbols().cend()) {
            text(state, *t);
        }
    }

    // The control words that stand for text: breaks, tabs, dashes, quotes and bullets.
    static const QHash<QByteArrayView, QString> &symbols()
    {
        static const QHash<QByteArrayView, QString> words {{"par", QStringLiteral("\n\n")},
            {"sect", QStringLiteral("\n\n")}, {"page", QStringLiteral("\n\n")},
            {"line", QStringLiteral("\n")}, {"row", QStringLiteral("\n")}, {"tab", QStringLiteral("\t")},
            {"cell", QStringLiteral("\t")}, {"emdash", QString(QChar(0x2014))},
            {"endash", QString(QChar(0x2013))}, {"lquote", QString(QChar(0x2018))},
            {"rquote", QString(QChar(0x2019))}, {"ldblquote", QString(QChar(0x201C))},
            {"rdblquote", QString(QChar(0x201D))}, {"bullet", QString(QChar(0x2022))}};
        return words;
    }

    // Bytes collected so far, decoded in the document's code page.
    void flush(const GroupState &state)
    {
        if (m_pending.isEmpty())
            return;
        const QByteArray bytes = std::exchange(m_pending, {});
        const QString charset
            = m_codepage == 65001 ? QStringLiteral("UTF-8") : QStringLiteral("windows-%1").arg(m_codepage);
        CharsetDecoder::Result r = CharsetDecoder::decodeWith(bytes, charset);
        if (!r.ok)
            r = CharsetDecoder::decodeWith(bytes, QStringLiteral("windows-1252"));
        append(state, r.text);
    }

    void text(const GroupState &state, const QString &t)
    {
        flush(state);
        append(state, t);
    }

    void append(const GroupState &state, const QString &t)
    {
        switch (state.destination) {
        case Destination::Body:
            m_body += t;
            break;
        case Destination::Title:
            m_title += t;
            break;
        case Destination::Author:
            m_author += t;
            break;
        default:
            break;
        }
    }

    const QByteArray &m_bytes;
    QByteArray m_pending;
    QString m_body;
    QString m_title;
    QString m_author;
    int m_codepage = 1252;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace

bool RtfLoader::recognises(QByteArrayView head) const
{
    return head.startsWith("{\\rtf");
}

LoadResult RtfLoader::load(const QByteArray &bytes, const QString &name) const
{
    if (!bytes.startsWith("{\\rtf"))
        return failure(
            LoadError::Malformed, tr("%1: not an RTF document (it does not start with {\\rtf)").arg(name));
    RtfReader reader(bytes);
    if (!reader.read())
        return failure(LoadError::Malformed,
            tr("%1: the RTF is nested too deeply (more than %2 groups) to be a document")
                .arg(name)
                .arg(kMaxDepth));
    Article a;
    a.text = reader.body();
    a.format = format();
    a.title = reader.title();
    a.author = reader.author();
    a.date = reader.created();
    return finish(std::move(a), name, Header::Detect);
}

} // namespace dramatis
