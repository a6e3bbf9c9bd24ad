// Debian's libxml2 headers pull in ICU, whose types clash with the ICU that
// Foundation bundles; gisa never uses libxml2's ICU support, so drop it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
