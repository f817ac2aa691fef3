// Typed wrappers for libcurl's variadic functions, which Swift cannot call directly.
#ifndef MODELTRACK_CCURL_SHIM_H
#define MODELTRACK_CCURL_SHIM_H

#include <curl/curl.h>

typedef size_t (*modeltrack_curl_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);
typedef int (*modeltrack_curl_xferinfo_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                                  curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode modeltrack_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode modeltrack_curl_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode modeltrack_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode modeltrack_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode modeltrack_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode modeltrack_curl_easy_setopt_data_callback(CURL *handle, CURLoption option,
                                                                  modeltrack_curl_data_callback callback) {
    return curl_easy_setopt(handle, option, callback);
}

static inline CURLcode modeltrack_curl_easy_setopt_xferinfo_callback(CURL *handle,
                                                                      modeltrack_curl_xferinfo_callback callback) {
    return curl_easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode modeltrack_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode modeltrack_curl_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode modeltrack_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode modeltrack_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode modeltrack_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

/// curl_global_init(CURL_GLOBAL_DEFAULT): the flag is a macro built from other macros.
static inline CURLcode modeltrack_curl_global_init_default(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

/// The size libcurl expects of a CURLOPT_ERRORBUFFER buffer.
static inline size_t modeltrack_curl_error_size(void) {
    return CURL_ERROR_SIZE;
}

/// The result code of a finished transfer, read out of CURLMsg's anonymous union.
static inline CURLcode modeltrack_curl_msg_result(const CURLMsg *message) {
    return message->data.result;
}

#endif
