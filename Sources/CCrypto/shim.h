#ifndef MODELTRACK_CCRYPTO_SHIM_H
#define MODELTRACK_CCRYPTO_SHIM_H
#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

/// The allocation-free one-shot SHA-256, a fallback for when EVP cannot allocate its context.
/// OpenSSL 3 marks `SHA256()` deprecated; calling it here keeps the warning out of Swift.
static inline unsigned char *modeltrack_sha256(const void *data, size_t count, unsigned char *digest) {
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#endif
    return SHA256((const unsigned char *)data, count, digest);
#if defined(__clang__)
#pragma clang diagnostic pop
#endif
}
#endif
