/*
 * libFuzzer ⇄ .NET bridge for SharpFuzz's Fuzzer.LibFuzzer.Run, written for this project.
 *
 * libFuzzer is a C library: it calls LLVMFuzzerTestOneInput with each input and reads coverage from the
 * counters linked into the binary. A .NET program cannot be linked that way, so this small program is the
 * fuzzer binary: it starts the instrumented .NET target once (fork + exec), and for every input
 *   1. clears the coverage map and copies the input behind it, in a System V shared memory segment,
 *   2. writes the input's length (4 bytes) to the target's control pipe (fd 198),
 *   3. reads a status word (4 bytes) from the target's status pipe (fd 199): 0 ok, anything else a crash,
 *   4. copies the map into a __libfuzzer_extra_counters section, which libFuzzer reads as coverage.
 * The target finds the segment and pipes through the __LIBFUZZER_* environment variables, and says it is
 * ready by writing one status word before the first input. Build: clang -O2 -fsanitize=fuzzer bridge.c
 * Run: ./bridge --target_path=PATH_TO_TARGET [--target_arg=ARG] [libFuzzer flags] CORPUS...
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <unistd.h>

enum { COVERAGE_BYTES = 1 << 16, INPUT_BYTES = 1 << 20, CONTROL_FD = 198, STATUS_FD = 199 };

__attribute__((section("__libfuzzer_extra_counters"))) uint8_t coverage_counters[COVERAGE_BYTES];

static int segment = -1;
static uint8_t *shared;
static int control_fd = -1, status_fd = -1;

static void fail(const char *what) {
    fprintf(stderr, "bridge: %s: %s\n", what, errno ? strerror(errno) : "failed");
    exit(1);
}

static void remove_segment(void) {
    if (segment >= 0) shmctl(segment, IPC_RMID, NULL);
}

static const char *flag(int argc, char **argv, const char *name) {
    size_t n = strlen(name);
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') return argv[i] + n + 1;
    return NULL;
}

/* Retries reads and writes interrupted by signals; anything short of the whole word is a broken pipe. */
static int whole(ssize_t (*io)(int, void *, size_t), int fd, void *word) {
    ssize_t done;
    do done = io(fd, word, 4); while (done < 0 && errno == EINTR);
    return done == 4;
}

static ssize_t write_word(int fd, void *buffer, size_t size) { return write(fd, buffer, size); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    const char *target = flag(*argc, *argv, "--target_path");
    const char *target_arg = flag(*argc, *argv, "--target_arg");
    if (!target) {
        fprintf(stderr, "bridge: pass --target_path=PATH to the .NET fuzz target\n");
        exit(1);
    }
    int control[2], status[2];
    if (pipe(control) || pipe(status)) fail("pipe");
    segment = shmget(IPC_PRIVATE, COVERAGE_BYTES + INPUT_BYTES, IPC_CREAT | IPC_EXCL | 0600);
    if (segment < 0) fail("shmget");
    atexit(remove_segment);
    shared = shmat(segment, NULL, 0);
    if (shared == (void *)-1) fail("shmat");

    pid_t child = fork();
    if (child < 0) fail("fork");
    if (child == 0) {
        if (dup2(control[0], CONTROL_FD) < 0 || dup2(status[1], STATUS_FD) < 0) fail("dup2");
        close(control[0]); close(control[1]); close(status[0]); close(status[1]);
        char id[16];
        snprintf(id, sizeof id, "%d", segment);
        setenv("__LIBFUZZER_SHM_ID", id, 1);
        setenv("__LIBFUZZER_CONTROL_PIPE_ID", "198", 1);
        setenv("__LIBFUZZER_STATUS_PIPE_ID", "199", 1);
        execl(target, target, target_arg, (char *)NULL);
        fail("exec of the target");
    }
    close(control[0]);
    close(status[1]);
    control_fd = control[1];
    status_fd = status[0];
    int32_t ready;
    if (!whole(read, status_fd, &ready)) fail("the target did not start (no ready word)");
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > INPUT_BYTES) return 0; /* -max_len keeps inputs far below this */
    memset(shared, 0, COVERAGE_BYTES);
    memcpy(shared + COVERAGE_BYTES, data, size);
    int32_t length = (int32_t)size, outcome;
    if (!whole(write_word, control_fd, &length)) fail("write to the target");
    if (!whole(read, status_fd, &outcome)) {
        fprintf(stderr, "bridge: the target died on this input\n");
        __builtin_trap();
    }
    memcpy(coverage_counters, shared, COVERAGE_BYTES);
    if (outcome != 0) __builtin_trap(); /* the target caught an exception: a crash for libFuzzer */
    return 0;
}
