// glibc malloc tuning (mallopt), for gisad: <malloc.h> is not part of the Glibc module.
#include <malloc.h>
