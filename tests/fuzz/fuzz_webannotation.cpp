// The Web Annotation importer on any JSON: it either refuses with a reason or returns annotations whose
// anchors attach to a text without leaving it; what it returns exports and reads back the same.
#include "annotations/anchor.h"
#include "annotations/webannotation.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dramatis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString text = QStringLiteral(
        "The St Mawes ferry will run a winter timetable from November, said Fal River Boats. "
        "Its director, Ana Pryor, said fewer crossings keep the service going until the spring.\n");
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QString error;
    const std::optional<AnnotationList> list = webAnnotationsFromJson(json, &error);
    if (!list) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    for (const Annotation &a : *list) {
        const AnchorMatch m = resolveAnchor(a.anchor, text);
        FUZZ_CHECK(
            m.status == AnchorStatus::Orphaned || (m.start >= 0 && m.start <= m.end && m.end <= text.size()));
    }
    const QJsonArray again = webAnnotationsToJson(*list, QStringLiteral("fuzz.txt"));
    QString error2;
    const std::optional<AnnotationList> back = webAnnotationsFromJson(again, &error2);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->size() == list->size());
    return 0;
}
