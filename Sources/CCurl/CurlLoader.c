// Loads libcurl on first use and forwards each wrapper of CCurl.h to it (see the header).
#define CURL_DISABLE_TYPECHECK 1
#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static struct {
    __typeof__(&curl_easy_init) easy_init;
    __typeof__(&curl_easy_cleanup) easy_cleanup;
    __typeof__(&curl_easy_strerror) easy_strerror;
    __typeof__(&curl_free) free;
    __typeof__(&curl_multi_init) multi_init;
    __typeof__(&curl_multi_cleanup) multi_cleanup;
    __typeof__(&curl_multi_add_handle) multi_add_handle;
    __typeof__(&curl_multi_remove_handle) multi_remove_handle;
    __typeof__(&curl_multi_perform) multi_perform;
    __typeof__(&curl_multi_poll) multi_poll;
    __typeof__(&curl_multi_wakeup) multi_wakeup;
    __typeof__(&curl_multi_info_read) multi_info_read;
    __typeof__(&curl_multi_strerror) multi_strerror;
    __typeof__(&curl_slist_append) slist_append;
    __typeof__(&curl_slist_free_all) slist_free_all;
    __typeof__(&curl_url) url;
    __typeof__(&curl_url_cleanup) url_cleanup;
    __typeof__(&curl_url_get) url_get;
    __typeof__(&curl_url_set) url_set;
    __typeof__(&curl_url_strerror) url_strerror;
    __typeof__(&curl_easy_getinfo) easy_getinfo;
    __typeof__(&curl_easy_setopt) easy_setopt;
    __typeof__(&curl_global_init) global_init;
    __typeof__(&curl_multi_setopt) multi_setopt;
} api;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];

#define LOAD(name)                                                                                       \
    if (!(api.name = (__typeof__(api.name))dlsym(library, "curl_" #name))) {                             \
        snprintf(failure, sizeof failure, "libcurl.so.4 has no curl_" #name " (libcurl 7.81 or newer is needed)"); \
        return;                                                                                          \
    }

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "cannot load libcurl.so.4 (install libcurl4): %s", reason ? reason : "unknown error");
        return;
    }
    LOAD(easy_init)
    LOAD(easy_cleanup)
    LOAD(easy_strerror)
    LOAD(free)
    LOAD(multi_init)
    LOAD(multi_cleanup)
    LOAD(multi_add_handle)
    LOAD(multi_remove_handle)
    LOAD(multi_perform)
    LOAD(multi_poll)
    LOAD(multi_wakeup)
    LOAD(multi_info_read)
    LOAD(multi_strerror)
    LOAD(slist_append)
    LOAD(slist_free_all)
    LOAD(url)
    LOAD(url_cleanup)
    LOAD(url_get)
    LOAD(url_set)
    LOAD(url_strerror)
    LOAD(easy_getinfo)
    LOAD(easy_setopt)
    LOAD(global_init)
    LOAD(multi_setopt)
}

static int ready(void) {
    pthread_once(&once, load);
    return failure[0] == 0;
}

const char *modeltrack_curl_load_error(void) {
    return ready() ? NULL : failure;
}

CURL *modeltrack_curl_easy_init(void) {
    return ready() ? api.easy_init() : NULL;
}

void modeltrack_curl_easy_cleanup(CURL *handle) {
    if (ready()) api.easy_cleanup(handle);
}

const char *modeltrack_curl_easy_strerror(CURLcode code) {
    return ready() ? api.easy_strerror(code) : NULL;
}

void modeltrack_curl_free(void *pointer) {
    if (ready()) api.free(pointer);
}

CURLM *modeltrack_curl_multi_init(void) {
    return ready() ? api.multi_init() : NULL;
}

CURLMcode modeltrack_curl_multi_cleanup(CURLM *multi) {
    return ready() ? api.multi_cleanup(multi) : CURLM_INTERNAL_ERROR;
}

CURLMcode modeltrack_curl_multi_add_handle(CURLM *multi, CURL *easy) {
    return ready() ? api.multi_add_handle(multi, easy) : CURLM_INTERNAL_ERROR;
}

CURLMcode modeltrack_curl_multi_remove_handle(CURLM *multi, CURL *easy) {
    return ready() ? api.multi_remove_handle(multi, easy) : CURLM_INTERNAL_ERROR;
}

CURLMcode modeltrack_curl_multi_perform(CURLM *multi, int *running) {
    return ready() ? api.multi_perform(multi, running) : CURLM_INTERNAL_ERROR;
}

CURLMcode modeltrack_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra_fds, unsigned int extra_nfds, int timeout_ms, int *ret) {
    return ready() ? api.multi_poll(multi, extra_fds, extra_nfds, timeout_ms, ret) : CURLM_INTERNAL_ERROR;
}

CURLMcode modeltrack_curl_multi_wakeup(CURLM *multi) {
    return ready() ? api.multi_wakeup(multi) : CURLM_INTERNAL_ERROR;
}

CURLMsg *modeltrack_curl_multi_info_read(CURLM *multi, int *queued) {
    return ready() ? api.multi_info_read(multi, queued) : NULL;
}

const char *modeltrack_curl_multi_strerror(CURLMcode code) {
    return ready() ? api.multi_strerror(code) : NULL;
}

struct curl_slist *modeltrack_curl_slist_append(struct curl_slist *list, const char *string) {
    return ready() ? api.slist_append(list, string) : NULL;
}

void modeltrack_curl_slist_free_all(struct curl_slist *list) {
    if (ready()) api.slist_free_all(list);
}

CURLU *modeltrack_curl_url(void) {
    return ready() ? api.url() : NULL;
}

void modeltrack_curl_url_cleanup(CURLU *handle) {
    if (ready()) api.url_cleanup(handle);
}

CURLUcode modeltrack_curl_url_get(CURLU *handle, CURLUPart what, char **part, unsigned int flags) {
    return ready() ? api.url_get(handle, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}

CURLUcode modeltrack_curl_url_set(CURLU *handle, CURLUPart what, const char *part, unsigned int flags) {
    return ready() ? api.url_set(handle, what, part, flags) : CURLUE_OUT_OF_MEMORY;
}

const char *modeltrack_curl_url_strerror(CURLUcode code) {
    return ready() ? api.url_strerror(code) : NULL;
}

CURLcode modeltrack_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return ready() ? api.easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return ready() ? api.easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return ready() ? api.easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return ready() ? api.easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return ready() ? api.easy_setopt(handle, option, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_data_callback(CURL *handle, CURLoption option, modeltrack_curl_data_callback callback) {
    return ready() ? api.easy_setopt(handle, option, callback) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_setopt_xferinfo_callback(CURL *handle, modeltrack_curl_xferinfo_callback callback) {
    return ready() ? api.easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return ready() ? api.easy_getinfo(handle, info, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return ready() ? api.easy_getinfo(handle, info, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return ready() ? api.easy_getinfo(handle, info, value) : CURLE_FAILED_INIT;
}

CURLcode modeltrack_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return ready() ? api.easy_getinfo(handle, info, value) : CURLE_FAILED_INIT;
}

CURLMcode modeltrack_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return ready() ? api.multi_setopt(multi, option, value) : CURLM_INTERNAL_ERROR;
}

CURLcode modeltrack_curl_global_init_default(void) {
    return ready() ? api.global_init(CURL_GLOBAL_DEFAULT) : CURLE_FAILED_INIT;
}
