#ifndef NEWSKB_CLIBXML2_SHIM_H
#define NEWSKB_CLIBXML2_SHIM_H

// Debian's libxml2 headers pull in the system ICU headers, which clash with the ICU
// copy inside Foundation. newskb never needs libxml2's ICU support, so switch it off
// before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>

// Swift 6 rejects the global `xmlFree` function pointer as not concurrency-safe.
static inline void newskb_xml_free(void *pointer) { xmlFree(pointer); }

static void newskb_ignore_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}

// The generic error handler is variadic and per thread: install a silent one from C.
static inline void newskb_silence_libxml_errors(void) {
    xmlSetGenericErrorFunc(NULL, newskb_ignore_error);
}

#endif
