// cmark-gfm (GitHub's CommonMark) with its table, strikethrough and autolink extensions.
#ifndef MODELTRACK_CCMARKGFM_SHIM_H
#define MODELTRACK_CCMARKGFM_SHIM_H

#include <stdlib.h>
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/// The option bits modeltrack renders with: raw HTML kept (model cards hold `<table>` markup),
/// input checked as UTF-8, GitHub's `<pre lang>` for code.
static inline int modeltrack_cmark_options(void) {
    return CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG;
}

/// Frees a string cmark rendered with its default allocator.
static inline void modeltrack_cmark_free(char *text) {
    cmark_get_default_mem_allocator()->free(text);
}

#endif
