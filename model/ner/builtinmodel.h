#pragma once

#include <QByteArrayView>

namespace dramatis::builtinmodel {

// The tagger's weights and gazetteer as the build compiled them from resources/model (dramatis-modelc
// writes the images, this library links them in): read-only data of the binary, 64-byte aligned, used where
// they lie, so the model "loads" without reading or copying it.
QByteArrayView taggerImage();
QByteArrayView gazetteerImage();

} // namespace dramatis::builtinmodel
