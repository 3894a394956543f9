// dynload.h: the libraries that few runs need, loaded on first use with dlopen: ICU (Unicode
// case mapping and the case of non-ASCII letters), libcurl (network:fetch) and libedit (the
// REPL's line editing). Linking them would make every start of `claudelang` pay for mapping
// and relocating about forty shared objects and running their constructors (libcurl brings
// TLS, Kerberos and LDAP): about 4 ms of a 5.7 ms start. Each getter returns NULL when its
// library cannot be loaded; callers turn that into an ordinary error or a fallback.
#ifndef CL_DYNLOAD_H
#define CL_DYNLOAD_H

#include <stdint.h>

#include <curl/curl.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>

typedef struct ClIcu {
    UBool (*isupper)(UChar32 c);
    UCaseMap *(*casemap_open)(const char *locale, uint32_t options, UErrorCode *error);
    void (*casemap_close)(UCaseMap *map);
    int32_t (*to_upper)(const UCaseMap *map, char *dest, int32_t capacity, const char *src,
                        int32_t length, UErrorCode *error);
    int32_t (*to_lower)(const UCaseMap *map, char *dest, int32_t capacity, const char *src,
                        int32_t length, UErrorCode *error);
} ClIcu;

typedef struct ClCurl {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
    CURLcode (*easy_perform)(CURL *curl);
    CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
    void (*easy_cleanup)(CURL *curl);
    const char *(*easy_strerror)(CURLcode code);
} ClCurl;

typedef struct ClEdit {
    char *(*readline)(const char *prompt);
    int (*add_history)(const char *line);
    int (*read_history)(const char *path);
    int (*write_history)(const char *path);
    void (*using_history)(void);
} ClEdit;

// ICU's common library, or NULL. Thread-safe; loaded once per process.
const ClIcu *cl_icu(void);
// libcurl (initialised with curl_global_init), or NULL. Thread-safe; loaded once.
const ClCurl *cl_curl(void);
// libedit's readline interface, or NULL. Thread-safe; loaded once.
const ClEdit *cl_edit(void);

#endif
