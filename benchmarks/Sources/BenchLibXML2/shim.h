// Debian's libxml2 headers pull in ICU, whose types clash with Foundation's ICU (STACK-NOTES).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
