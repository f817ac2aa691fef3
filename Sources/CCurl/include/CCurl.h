// libcurl for modeltrack, loaded on first use.
//
// Every libcurl function modeltrack calls is wrapped here (`modeltrack_curl_…`), and libcurl itself is
// opened with dlopen("libcurl.so.4") the first time one is called: a command that never fetches (search,
// facts, check of a text) does not pay the ~6 ms it takes to load libcurl and its TLS, LDAP and Kerberos
// libraries at start-up. The variadic functions (setopt, getinfo) get typed wrappers, which Swift can call.
// When libcurl cannot be loaded, the wrappers fail (NULL, CURLE_FAILED_INIT, CURLM_INTERNAL_ERROR) and
// `modeltrack_curl_load_error` says why.
#ifndef MODELTRACK_CCURL_H
#define MODELTRACK_CCURL_H

#include <curl/curl.h>

typedef size_t (*modeltrack_curl_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);
typedef int (*modeltrack_curl_xferinfo_callback)(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
                                                  curl_off_t ultotal, curl_off_t ulnow);

/// Why libcurl could not be loaded, or NULL when it is loaded (loading it if needed).
const char *modeltrack_curl_load_error(void);

CURL *modeltrack_curl_easy_init(void);
void modeltrack_curl_easy_cleanup(CURL *handle);
const char *modeltrack_curl_easy_strerror(CURLcode code);
void modeltrack_curl_free(void *pointer);
CURLM *modeltrack_curl_multi_init(void);
CURLMcode modeltrack_curl_multi_cleanup(CURLM *multi);
CURLMcode modeltrack_curl_multi_add_handle(CURLM *multi, CURL *easy);
CURLMcode modeltrack_curl_multi_remove_handle(CURLM *multi, CURL *easy);
CURLMcode modeltrack_curl_multi_perform(CURLM *multi, int *running);
CURLMcode modeltrack_curl_multi_poll(CURLM *multi, struct curl_waitfd *extra_fds, unsigned int extra_nfds, int timeout_ms, int *ret);
CURLMcode modeltrack_curl_multi_wakeup(CURLM *multi);
CURLMsg *modeltrack_curl_multi_info_read(CURLM *multi, int *queued);
const char *modeltrack_curl_multi_strerror(CURLMcode code);
struct curl_slist *modeltrack_curl_slist_append(struct curl_slist *list, const char *string);
void modeltrack_curl_slist_free_all(struct curl_slist *list);
CURLU *modeltrack_curl_url(void);
void modeltrack_curl_url_cleanup(CURLU *handle);
CURLUcode modeltrack_curl_url_get(CURLU *handle, CURLUPart what, char **part, unsigned int flags);
CURLUcode modeltrack_curl_url_set(CURLU *handle, CURLUPart what, const char *part, unsigned int flags);
const char *modeltrack_curl_url_strerror(CURLUcode code);

CURLcode modeltrack_curl_easy_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode modeltrack_curl_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value);
CURLcode modeltrack_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode modeltrack_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode modeltrack_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value);
CURLcode modeltrack_curl_easy_setopt_data_callback(CURL *handle, CURLoption option, modeltrack_curl_data_callback callback);
CURLcode modeltrack_curl_easy_setopt_xferinfo_callback(CURL *handle, modeltrack_curl_xferinfo_callback callback);
CURLcode modeltrack_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode modeltrack_curl_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value);
CURLcode modeltrack_curl_easy_getinfo_string(CURL *handle, CURLINFO info, char **value);
CURLcode modeltrack_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value);
CURLMcode modeltrack_curl_multi_setopt_long(CURLM *multi, CURLMoption option, long value);
CURLcode modeltrack_curl_global_init_default(void);

/// The size libcurl expects of a CURLOPT_ERRORBUFFER buffer.
static inline size_t modeltrack_curl_error_size(void) {
    return CURL_ERROR_SIZE;
}

/// The result code of a finished transfer, read out of CURLMsg's anonymous union.
static inline CURLcode modeltrack_curl_msg_result(const CURLMsg *message) {
    return message->data.result;
}

#endif
