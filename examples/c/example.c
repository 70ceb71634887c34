/* pyx from C: limits, a host function with user data, run/eval/call with
 * JSON values, errors, an interrupt. Built and run (under valgrind when it
 * is installed) by crates/pyx-capi/tests/c_example.rs:
 *
 *     cc examples/c/example.c -Icrates/pyx-capi/include \
 *        target/release/libpyx_capi.a -lpthread -ldl -lm -o example
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyx.h"

struct counter {
    int calls;
};

/* add(a, b, scale=1): numbers in, a number out; add() of non-numbers
 * raises BadInput, an exception class named by the host. */
static void add(void *user_data, const char *args_json, const char *kwargs_json, PyxCallResult *result) {
    struct counter *c = user_data;
    c->calls++;
    long a, b, scale = 1;
    if (sscanf(args_json, "[%ld,%ld]", &a, &b) != 2) {
        pyx_result_set_error(result, "BadInput", "add() wants two integers");
        return;
    }
    if (strstr(kwargs_json, "\"scale\"") != NULL) {
        sscanf(strstr(kwargs_json, ":") + 1, "%ld", &scale);
    }
    char out[64];
    snprintf(out, sizeof out, "%ld", (a + b) * scale);
    pyx_result_set_json(result, out);
}

static void free_counter(void *user_data) {
    struct counter *c = user_data;
    printf("host: add was called %d times\n", c->calls);
    free(c);
}

static int report(const char *what, PyxError *err) {
    printf("%s: kind=%d type=%s message=%s\n", what, (int)err->kind, err->type_name, err->message);
    pyx_error_free(err);
    return 0;
}

int main(void) {
    PyxError *err = NULL;
    PyxBuilder *b = pyx_builder_new();
    pyx_builder_max_memory(b, 64 << 20);
    pyx_builder_max_steps(b, 1000000);
    pyx_builder_max_time_ms(b, 5000);
    struct counter *c = calloc(1, sizeof *c);
    if (pyx_builder_function(b, "add", add, c, free_counter, &err) != PYX_OK) {
        return report("function", err), 1;
    }
    PyxInterpreter *it = pyx_builder_build(b, &err);
    if (it == NULL) {
        return report("build", err), 1;
    }

    if (pyx_run(it, "def f(x, *, key=0):\n    return {'x': x, 'sum': add(x, 2, scale=key or 1), 'items': (1, None, 'a')}\nprint('hello from pyx')\n",
                "plugin.py", &err) != PYX_OK) {
        return report("run", err), 1;
    }
    char *out = pyx_take_stdout(it);
    printf("stdout: %s", out);
    pyx_string_free(out);

    char *json = NULL;
    if (pyx_eval_json(it, "[2 ** 10, 1.5, 'caf\\u00e9', True]", &json, &err) != PYX_OK) {
        return report("eval", err), 1;
    }
    printf("eval: %s\n", json);
    pyx_string_free(json);

    if (pyx_call_json(it, "f", "[40]", "{\"key\": 3}", &json, &err) != PYX_OK) {
        return report("call", err), 1;
    }
    printf("call: %s\n", json);
    pyx_string_free(json);

    /* Errors: a Python exception, a host exception, a limit, a missing name. */
    if (pyx_run(it, "def g():\n    return 1 / 0\ng()\n", "boom.py", &err) == PYX_ERROR) {
        printf("traceback ends: %s", strstr(err->traceback, "ZeroDivisionError"));
        report("exception", err);
    }
    if (pyx_eval_json(it, "add('x', 1)", &json, &err) == PYX_ERROR) {
        report("host error", err);
    }
    if (pyx_run(it, "while True:\n    pass\n", "loop.py", &err) == PYX_ERROR) {
        report("limit", err);
    }
    if (pyx_call_json(it, "nope", NULL, NULL, &json, &err) == PYX_ERROR) {
        report("missing", err);
    }

    /* An interrupt sent before a run stops it; the next run goes on. */
    PyxInterruptHandle *h = pyx_interrupt_handle(it);
    pyx_interrupt(h);
    if (pyx_run(it, "x = 1\n", "x.py", &err) == PYX_ERROR) {
        report("interrupted", err);
    }
    pyx_interrupt_handle_free(h);
    if (pyx_eval_json(it, "add(1, 1)", &json, &err) == PYX_OK) {
        printf("after: %s\n", json);
        pyx_string_free(json);
    }

    pyx_interpreter_free(it);
    return 0;
}
