// Links Sources/CNERModel/gisa-ner.model into the binary, so that the single installed gisa and
// gisad binaries carry their entity model (no resource file to install beside them). The file is
// found through the target's header search path (`.headerSearchPath(".")` in Package.swift).
    .section .rodata
    .balign 16
    .global gisa_ner_model_start
gisa_ner_model_start:
    .incbin "gisa-ner.model"
    .global gisa_ner_model_end
gisa_ner_model_end:
    .byte 0
#if defined(__linux__) && defined(__ELF__)
    .section .note.GNU-stack,"",@progbits
#endif
