#pragma once

#include "annotations/annotation.h"
#include "core/article.h"

#include <QJsonArray>

namespace dramatis {

class AnnotationStore;

// The analyst's notes and highlights in the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/): a TextualBody for the note ("commenting") and one for the
// category ("tagging"), a target with a TextPositionSelector (code points) and a TextQuoteSelector. What
// `dramatis-cli export --format json` writes, `dramatis-cli import` reads back onto the same article.
QJsonArray webAnnotationsToJson(const AnnotationList &annotations, const QString &source);

// Annotations (kind, text, category, anchor) from an exported file: the export object (its
// "annotations"), an array, one annotation, or an AnnotationCollection/AnnotationPage ("items").
// nullopt, with `error` set, when the JSON holds no annotation of this shape.
std::optional<AnnotationList> webAnnotationsFromJson(const QJsonValue &json, QString *error);

// Stores `annotations` and `tags` for `article`, skipping what is stored already (an import twice adds
// nothing). Returns how many annotations were added, or -1 (`error` set) when the store refused a write.
int importAnnotations(AnnotationStore &store, const Article &article, const AnnotationList &annotations,
                      const QStringList &tags, QString *error);

} // namespace dramatis
