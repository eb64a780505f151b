#include "ner/builtinmodel.h"

#include "ner/gazetteer.h"

// The images go in with the assembler's .incbin, not as a C array (rcc or xxd): aligned for the uint64
// and int16 arrays inside, and no 8 MB source file to compile. DRAMATIS_*_IMAGE are their paths in the
// build tree (model/CMakeLists.txt); ccache does not cache a file with .incbin, so a new image is never
// missed.
__asm__(".pushsection .rodata.dramatis_model, \"a\", @progbits\n"
        ".balign 64\n"
        ".hidden dramatis_tagger_image_begin\n"
        ".globl dramatis_tagger_image_begin\n"
        "dramatis_tagger_image_begin:\n"
        ".incbin \"" DRAMATIS_TAGGER_IMAGE "\"\n"
        ".hidden dramatis_tagger_image_end\n"
        ".globl dramatis_tagger_image_end\n"
        "dramatis_tagger_image_end:\n"
        ".balign 64\n"
        ".hidden dramatis_gazetteer_image_begin\n"
        ".globl dramatis_gazetteer_image_begin\n"
        "dramatis_gazetteer_image_begin:\n"
        ".incbin \"" DRAMATIS_GAZETTEER_IMAGE "\"\n"
        ".hidden dramatis_gazetteer_image_end\n"
        ".globl dramatis_gazetteer_image_end\n"
        "dramatis_gazetteer_image_end:\n"
        ".popsection\n");

extern "C" {
extern const char dramatis_tagger_image_begin[];
extern const char dramatis_tagger_image_end[];
extern const char dramatis_gazetteer_image_begin[];
extern const char dramatis_gazetteer_image_end[];
}

namespace dramatis {

namespace builtinmodel {

QByteArrayView taggerImage()
{
    return QByteArrayView(dramatis_tagger_image_begin, dramatis_tagger_image_end);
}

QByteArrayView gazetteerImage()
{
    return QByteArrayView(dramatis_gazetteer_image_begin, dramatis_gazetteer_image_end);
}

} // namespace builtinmodel

std::shared_ptr<const Gazetteer> Gazetteer::builtIn()
{
    static const std::shared_ptr<const Gazetteer> g = [] {
        const QByteArrayView image = builtinmodel::gazetteerImage();
        QString error;
        if (auto viewed = fromImage(image.data(), image.size(), &error))
            return viewed;
        qWarning("dramatis: the built-in gazetteer is unusable: %s", qPrintable(error));
        return std::make_shared<const Gazetteer>();
    }();
    return g;
}

} // namespace dramatis
