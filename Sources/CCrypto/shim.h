#ifndef MODELTRACK_CCRYPTO_SHIM_H
#define MODELTRACK_CCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/sha.h>
#endif
