// dynload.c: ICU, libcurl and libedit loaded on first use (see dynload.h). Each library is
// opened once per process under pthread_once; a missing library or symbol leaves its getter
// returning NULL for good.
#include "runtime/dynload.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <unicode/uvernum.h>

// ICU renames every entry point with its major version (u_isupper is u_isupper_72): the
// header's renaming macro gives the name to look up.
#define STRINGIFY_(x) #x
#define STRINGIFY(x) STRINGIFY_(x)
#define ICU_SONAME "libicuuc.so." STRINGIFY(U_ICU_VERSION_MAJOR_NUM)

// Looks `name` up in `library` into *slot; false when it is missing.
static bool find(void *library, const char *name, void *slot)
{
    void *symbol = dlsym(library, name);
    *(void **)slot = symbol;
    return symbol != NULL;
}

static ClIcu icu;
static const ClIcu *icu_loaded;
static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

// Opens ICU and fills `icu`; sets icu_loaded when every symbol was found.
static void load_icu(void)
{
    void *library = dlopen(ICU_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return;
    bool ok = find(library, STRINGIFY(u_isupper), &icu.isupper) &&
              find(library, STRINGIFY(ucasemap_open), &icu.casemap_open) &&
              find(library, STRINGIFY(ucasemap_close), &icu.casemap_close) &&
              find(library, STRINGIFY(ucasemap_utf8ToUpper), &icu.to_upper) &&
              find(library, STRINGIFY(ucasemap_utf8ToLower), &icu.to_lower);
    if (ok)
        icu_loaded = &icu;
}

const ClIcu *cl_icu(void)
{
    pthread_once(&icu_once, load_icu);
    return icu_loaded;
}

static ClCurl curl;
static const ClCurl *curl_loaded;
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

// Opens libcurl, fills `curl` and runs its global initialisation.
static void load_curl(void)
{
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return;
    CURLcode (*global_init)(long flags);
    bool ok = find(library, "curl_global_init", &global_init) &&
              find(library, "curl_easy_init", &curl.easy_init) &&
              find(library, "curl_easy_setopt", &curl.easy_setopt) &&
              find(library, "curl_easy_perform", &curl.easy_perform) &&
              find(library, "curl_easy_getinfo", &curl.easy_getinfo) &&
              find(library, "curl_easy_cleanup", &curl.easy_cleanup) &&
              find(library, "curl_easy_strerror", &curl.easy_strerror);
    if (ok && global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
        curl_loaded = &curl;
}

const ClCurl *cl_curl(void)
{
    pthread_once(&curl_once, load_curl);
    return curl_loaded;
}

static ClEdit edit;
static const ClEdit *edit_loaded;
static pthread_once_t edit_once = PTHREAD_ONCE_INIT;

// Opens libedit and fills `edit`.
static void load_edit(void)
{
    void *library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return;
    bool ok = find(library, "readline", &edit.readline) &&
              find(library, "add_history", &edit.add_history) &&
              find(library, "read_history", &edit.read_history) &&
              find(library, "write_history", &edit.write_history) &&
              find(library, "using_history", &edit.using_history);
    if (ok)
        edit_loaded = &edit;
}

const ClEdit *cl_edit(void)
{
    pthread_once(&edit_once, load_edit);
    return edit_loaded;
}
