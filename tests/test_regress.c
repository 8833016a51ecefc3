/*
 * test_regress.c - every input in tests/fixtures/regress/ run through the
 * same code path as the fuzz target that found it (or that it guards):
 *   report-*  fuzz/fuzz_report.c  (load, both readers, merge, attribution)
 *   query-*   fuzz/fuzz_query.c   (parse over a small index, search)
 *   tok-*     fuzz/fuzz_tok.c     (tokenizer, names, fold)
 *   json-*    fuzz/fuzz_json.c    (JSON reader, unit document data)
 * The fuzz targets are compiled in here, so their invariant checks (which
 * abort) are the assertions: a regression crashes the test, and ASan/UBSan
 * in the sanitizer build see the same memory errors libFuzzer did; leaks
 * too, by LeakSanitizer's check at the end of each group (a test's process
 * ends without the one libFuzzer makes).  See
 * fuzz/README.md for how a reproducer gets here.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE

#include <criterion/criterion.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LLVMFuzzerTestOneInput regress_tok_input
#include "../fuzz/fuzz_tok.c"
#undef LLVMFuzzerTestOneInput

#define LLVMFuzzerTestOneInput regress_report_input
#include "../fuzz/fuzz_report.c"
#undef LLVMFuzzerTestOneInput

#define LLVMFuzzerTestOneInput regress_query_input
#define LLVMFuzzerInitialize regress_query_init
#include "../fuzz/fuzz_query.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

#define LLVMFuzzerTestOneInput regress_json_input
#include "../fuzz/fuzz_json.c"
#include "testutil.h"
#undef LLVMFuzzerTestOneInput

#if defined(__SANITIZE_ADDRESS__)
#define EVX_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EVX_LSAN 1
#endif
#endif
#ifndef EVX_LSAN
#define EVX_LSAN 0
#endif
#if EVX_LSAN
#include <sanitizer/lsan_interface.h>
#endif

typedef int (*regress_fn)(const uint8_t *data, size_t size);

/* Runs every fixture whose name starts with prefix through fn; returns how
 * many there were. */
static size_t run_dir(const char *prefix, regress_fn fn)
{
    char dir[1024], path[2048];
    const char *src = getenv("EVX_SOURCE_DIR");
    snprintf(dir, sizeof dir, "%s/tests/fixtures/regress",
             src && *src ? src : EVX_SOURCE_DIR);
    DIR *d = opendir(dir);
    struct dirent *ent;
    size_t n = 0;

    cr_assert_not_null(d, "no %s", dir);
    while ((ent = readdir(d)) != NULL) {
        if (strncmp(ent->d_name, prefix, strlen(prefix)) != 0)
            continue;
        size_t len;
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        char *data = tu_slurp(path, &len, 1);
        fprintf(stderr, "regress: %s (%zu bytes)\n", ent->d_name, len);
        fn((const uint8_t *)data, len);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

/* Under LeakSanitizer, what a run leaked is reported here: a test's
 * process ends without the check libFuzzer makes after each input. */
static void expect_no_leaks(void)
{
#if EVX_LSAN
    cr_expect_eq(__lsan_do_recoverable_leak_check(), 0,
                 "leaks (the report above)");
#endif
}

Test(regress, report_inputs)
{
    cr_assert_gt(run_dir("report-", regress_report_input), 0);
    expect_no_leaks();
}

Test(regress, query_inputs)
{
    int argc = 0;
    char **argv = NULL;
    regress_query_init(&argc, &argv);
    cr_assert_gt(run_dir("query-", regress_query_input), 0);
    expect_no_leaks();
}

Test(regress, tok_inputs)
{
    cr_assert_gt(run_dir("tok-", regress_tok_input), 0);
    expect_no_leaks();
}

Test(regress, json_inputs)
{
    cr_assert_gt(run_dir("json-", regress_json_input), 0);
    expect_no_leaks();
}

/* Found by fuzz_tok (tok-stem-pool-realloc): a word with a digit is its own
 * stem, and the stem was copied into the cache pool from the pool's old
 * address after the key's copy had moved it (heap-use-after-free in
 * evx_tok_stem).  The crash needs the pool to grow between the two copies,
 * which a single input reproduces only after others: so stem enough
 * distinct identifiers of varied lengths to cross several growths. */
Test(regress, tok_stem_identifiers_across_pool_growth)
{
    evx_tok *tok = NULL;
    char word[64];

    cr_assert_eq(evx_tok_new(&tok), EVX_OK);
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(word, sizeof word, "q%d%.*s", i, i % 7, "xxxxxxx");
        const char *stem = evx_tok_stem(tok, word, (size_t)n);
        cr_assert_not_null(stem);
        cr_assert_str_eq(stem, word, "identifier %s not its own stem", word);
    }
    evx_tok_free(tok);
}
