/* pyx: run Python code you do not trust, from C.
 *
 * Generated from crates/pyx-capi/src/lib.rs by cbindgen (the test
 * header_is_current fails when this file is stale; regenerate with
 * PYX_BLESS=1 cargo test -p pyx-capi --test header). */

#ifndef PYX_H
#define PYX_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>

// Status of a call: 0 is success.
#define PYX_OK 0

// Status of a call that failed (see the `PyxError`).
#define PYX_ERROR -1

// What ended an operation that did not succeed.
typedef enum PyxErrorKind {
  // An uncaught Python exception (`type_name`, `message`, `traceback`).
  PYX_ERROR_KIND_EXCEPTION = 1,
  // `sys.exit()`: `message` holds the exit code.
  PYX_ERROR_KIND_EXIT = 2,
  // A resource limit: `type_name` is `memory`, `time`, `steps`,
  // `output`, `intsize` or `interrupted`.
  PYX_ERROR_KIND_LIMIT = 3,
  // A host-side problem: bad arguments, a name not found, a value that
  // is not plain data or not valid JSON.
  PYX_ERROR_KIND_HOST = 4,
} PyxErrorKind;

// Configures an interpreter (opaque).
typedef struct PyxBuilder PyxBuilder;

// Where a host function puts its result (opaque).
typedef struct PyxCallResult PyxCallResult;

// An interpreter (opaque).
typedef struct PyxInterpreter PyxInterpreter;

// Stops an interpreter's run from any thread (opaque).
typedef struct PyxInterruptHandle PyxInterruptHandle;

// An error: free it with `pyx_error_free`.
typedef struct PyxError {
  enum PyxErrorKind kind;
  char *type_name;
  char *message;
  char *traceback;
} PyxError;

// A host function: called with its arguments as JSON (`args_json` an
// array, `kwargs_json` an object) and a result to fill with
// `pyx_result_set_json` or `pyx_result_set_error` (neither: `None`).
// It runs on the thread that runs the interpreter.
typedef void (*PyxHostFn)(void *user_data,
                          const char *args_json,
                          const char *kwargs_json,
                          struct PyxCallResult *result);

// Called once with `user_data` when the interpreter no longer needs it.
typedef void (*PyxFreeFn)(void *user_data);

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

// A new builder with pyx's safe defaults (512 MiB, 10 s per run, 16 MiB
// output per run, output captured).
struct PyxBuilder *pyx_builder_new(void);

// Free a builder that was not built.
void pyx_builder_free(struct PyxBuilder *b);

// Heap bytes the interpreter may hold.
int32_t pyx_builder_max_memory(struct PyxBuilder *b, size_t bytes);

// Wall-clock milliseconds per run (0: no time limit).
int32_t pyx_builder_max_time_ms(struct PyxBuilder *b, uint64_t ms);

// Execution steps per run.
int32_t pyx_builder_max_steps(struct PyxBuilder *b, uint64_t steps);

// Bytes of output per run.
int32_t pyx_builder_max_output(struct PyxBuilder *b, size_t bytes);

// Let `open()` read files beneath `dir` (paths as the code writes them:
// `open("<dir>/file")`).
int32_t pyx_builder_allow_read(struct PyxBuilder *b, const char *dir, struct PyxError **err);

// Let `open()` read and write files beneath `dir`.
int32_t pyx_builder_allow_write(struct PyxBuilder *b, const char *dir, struct PyxError **err);

// Let the code open outgoing TCP (and TLS) connections to `endpoint`:
// `"HOST"`, `"HOST:PORT"`, `"[IPv6]:PORT"`, or `"*"` for any. A host is
// matched as written: a name does not cover its addresses, nor the
// reverse. Call once per endpoint; without any there is no network.
int32_t pyx_builder_allow_net(struct PyxBuilder *b, const char *endpoint, struct PyxError **err);

// Refuse `endpoint` whatever `pyx_builder_allow_net` grants.
int32_t pyx_builder_deny_net(struct PyxBuilder *b, const char *endpoint, struct PyxError **err);

// Bytes the interpreter may send plus receive over the network.
int32_t pyx_builder_max_net_bytes(struct PyxBuilder *b, uint64_t bytes);

// Let `import` find modules in `dir` (read-only).
int32_t pyx_builder_import_path(struct PyxBuilder *b, const char *dir, struct PyxError **err);

// Add a host function, a built-in called `name`. `free_user_data` (may
// be NULL) is called with `user_data` when the interpreter (or the
// builder, if never built) is freed.
int32_t pyx_builder_function(struct PyxBuilder *b,
                             const char *name,
                             PyxHostFn callback,
                             void *user_data,
                             PyxFreeFn free_user_data,
                             struct PyxError **err);

// Set a host function's result to the value of `json`.
void pyx_result_set_json(struct PyxCallResult *result, const char *json);

// Make a host function raise `type_name` (a built-in exception name, or
// any identifier: an exception class of that name) with `message`.
void pyx_result_set_error(struct PyxCallResult *result, const char *type_name, const char *message);

// Build the interpreter. The builder is consumed (freed) either way.
struct PyxInterpreter *pyx_builder_build(struct PyxBuilder *b, struct PyxError **err);

// Free an interpreter and everything it owned.
void pyx_interpreter_free(struct PyxInterpreter *i);

// Run `code` as `__main__`; `filename` (may be NULL) is what tracebacks
// show.
int32_t pyx_run(struct PyxInterpreter *i,
                const char *code,
                const char *filename,
                struct PyxError **err);

// Evaluate an expression; on success `*result_json` is its value as JSON
// (free it with `pyx_string_free`).
int32_t pyx_eval_json(struct PyxInterpreter *i,
                      const char *expr,
                      char **result_json,
                      struct PyxError **err);

// Call `name` (a function of `__main__`, a built-in or
// `module.function`) with `args_json` (a JSON array, or NULL for none)
// and `kwargs_json` (a JSON object, or NULL); on success
// `*result_json` is the result as JSON.
int32_t pyx_call_json(struct PyxInterpreter *i,
                      const char *name,
                      const char *args_json,
                      const char *kwargs_json,
                      char **result_json,
                      struct PyxError **err);

// Set a global of `__main__` to the value of `json`.
int32_t pyx_set_json(struct PyxInterpreter *i,
                     const char *name,
                     const char *json,
                     struct PyxError **err);

// Everything written to stdout since the last call (free with
// `pyx_string_free`); NULL if `i` is NULL.
char *pyx_take_stdout(struct PyxInterpreter *i);

// Everything written to stderr since the last call.
char *pyx_take_stderr(struct PyxInterpreter *i);

// A handle that stops `i`'s current run (or its next one) from any
// thread; it stays valid after `i` is freed. Free it with
// `pyx_interrupt_handle_free`.
struct PyxInterruptHandle *pyx_interrupt_handle(struct PyxInterpreter *i);

// Interrupt: the run ends with a `PYX_ERROR_KIND_LIMIT` error `interrupted`.
void pyx_interrupt(const struct PyxInterruptHandle *h);

void pyx_interrupt_handle_free(struct PyxInterruptHandle *h);

// Free a string pyx returned.
void pyx_string_free(char *s);

// Free an error.
void pyx_error_free(struct PyxError *e);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* PYX_H */
