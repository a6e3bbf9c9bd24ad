#ifndef GISA_CNERMODEL_H
#define GISA_CNERMODEL_H

#include <stddef.h>

/// The bytes of gisa-ner.model, linked into the binary by model.S (`.incbin`).
const unsigned char *gisa_ner_model_bytes(void);
/// Their count.
size_t gisa_ner_model_size(void);

#endif
