// libxml2 headers plus wrappers for the globals and macros Swift cannot import.
#ifndef MODELTRACK_CLIBXML2_SHIM_H
#define MODELTRACK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Foundation and libxml2's ICU headers clash on UErrorCode; modeltrack never needs ICU from libxml2.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void modeltrack_xml_free(void *pointer) {
    xmlFree(pointer);
}

static inline int modeltrack_xml_nodeset_length(xmlNodeSetPtr set) {
    return xmlXPathNodeSetGetLength(set);
}

static inline xmlNodePtr modeltrack_xml_nodeset_item(xmlNodeSetPtr set, int index) {
    return xmlXPathNodeSetItem(set, index);
}

static void modeltrack_xml_silent_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Stops libxml2 from printing parse errors on stderr; errors are read from the parser context instead.
static inline void modeltrack_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, modeltrack_xml_silent_error);
}

#endif
