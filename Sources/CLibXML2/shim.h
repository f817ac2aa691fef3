// libxml2 headers plus wrappers for the globals and macros Swift cannot import.
#ifndef MODELTRACK_CLIBXML2_SHIM_H
#define MODELTRACK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Foundation and libxml2's ICU headers clash on UErrorCode; modeltrack never needs ICU from libxml2.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/entities.h>
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

static void modeltrack_xml_silent_structured_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

/// Stops libxml2 from printing parse errors on stderr; errors are read from the parser context instead.
/// libxml2 keeps these handlers per thread, so call this on the thread that parses, before parsing.
static inline void modeltrack_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, modeltrack_xml_silent_error);
    xmlSetStructuredErrorFunc(NULL, modeltrack_xml_silent_structured_error);
}

/// The `XML_PARSE_HUGE` bit, which libxml2 2.9.14 honours in `htmlCtxtUseOptions` although the HTML
/// options enum has no name for it: without it, nesting deeper than 256 levels halts the parser.
static inline int modeltrack_xml_parse_huge(void) {
    return XML_PARSE_HUGE;
}

/// The replacement text of an internal general entity declared in the document, or NULL for an
/// external or undeclared one (external entities are never loaded).
static inline const xmlChar *modeltrack_xml_internal_entity_content(xmlDocPtr doc, const xmlChar *name) {
    xmlEntityPtr entity = xmlGetDocEntity(doc, name);
    if (entity == NULL || entity->etype != XML_INTERNAL_GENERAL_ENTITY) {
        return NULL;
    }
    return entity->content;
}

/// An HTML element's name the way libxml2's tree builder stores it: the part after a prefix
/// (`o:p` is `p`). Returns a copy to free with `modeltrack_xml_free`, or NULL.
static inline xmlChar *modeltrack_html_local_name(xmlParserCtxtPtr ctxt, const xmlChar *name) {
    xmlChar *prefix = NULL;
    xmlChar *local = xmlSplitQName(ctxt, name, &prefix);
    if (prefix != NULL) {
        xmlFree(prefix);
    }
    return local;
}

#endif
