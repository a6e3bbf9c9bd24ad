#include "CNERModel.h"

extern const unsigned char gisa_ner_model_start[];
extern const unsigned char gisa_ner_model_end[];

const unsigned char *gisa_ner_model_bytes(void) { return gisa_ner_model_start; }

size_t gisa_ner_model_size(void) { return (size_t)(gisa_ner_model_end - gisa_ner_model_start); }
