// process.c: child processes for the whole-program benchmarks. Every runtime (claudelang,
// lua5.4, luajit, valgrind) is started the same way: vfork and execve, stdout and stderr
// captured through pipes, the CPU time taken from wait4's rusage, and the peak memory read from
// /proc/PID/status (VmHWM) when the child stops at its exit under ptrace. (wait4's ru_maxrss
// would not do: Linux folds the forking parent's resident size into it at exec.)
#include "toolkit.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

// A growing byte buffer for one captured stream.
typedef struct Capture {
    char *bytes;
    size_t length, capacity;
} Capture;

// Appends `count` bytes; false when out of memory.
static bool capture_add(Capture *c, const char *bytes, size_t count)
{
    if (c->length + count + 1 > c->capacity) {
        size_t capacity = c->capacity ? c->capacity * 2 : 4096;
        while (capacity < c->length + count + 1)
            capacity *= 2;
        char *bigger = realloc(c->bytes, capacity);
        if (!bigger)
            return false;
        c->bytes = bigger;
        c->capacity = capacity;
    }
    memcpy(c->bytes + c->length, bytes, count);
    c->length += count;
    c->bytes[c->length] = '\0';
    return true;
}

// Reads what is available on `fd` into `c`; false at end of file or on error.
static bool capture_read(int fd, Capture *c)
{
    char chunk[16384];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return true;
    if (n <= 0)
        return false;
    capture_add(c, chunk, (size_t)n);
    return true;
}

// ---------------------------------------------------------------------------------------------
// SIGCHLD wakes the loop that reads the pipes, through a pipe of its own.

static int child_signal_pipe[2] = {-1, -1};

// Writes one byte to the wake-up pipe (async-signal-safe).
static void on_child_signal(int signal_number)
{
    int saved = errno;
    if (write(child_signal_pipe[1], "", 1) < 0)
        errno = saved;
    errno = saved;
}

// Installs the SIGCHLD handler and its pipe once; false when that fails.
static bool watch_children(void)
{
    if (child_signal_pipe[0] >= 0)
        return true;
    if (pipe(child_signal_pipe) != 0)
        return false;
    for (int i = 0; i < 2; i++) {
        fcntl(child_signal_pipe[i], F_SETFL, O_NONBLOCK);
        fcntl(child_signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_child_signal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGCHLD, &action, NULL) == 0;
}

// Empties the wake-up pipe.
static void drain_wakeups(void)
{
    char bytes[64];
    while (read(child_signal_pipe[0], bytes, sizeof bytes) > 0)
        ;
}

// ---------------------------------------------------------------------------------------------
// Starting the child

// Finds `program` on PATH (or takes it as a path when it has a slash) into `out`.
static bool find_program(const char *program, char *out, size_t size)
{
    if (strchr(program, '/')) {
        snprintf(out, size, "%s", program);
        return access(out, X_OK) == 0;
    }
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/local/bin:/usr/bin:/bin";
    while (*path) {
        size_t length = strcspn(path, ":");
        struct stat st;
        snprintf(out, size, "%.*s/%s", (int)length, path, program);
        if (length > 0 && stat(out, &st) == 0 && S_ISREG(st.st_mode) && access(out, X_OK) == 0)
            return true;
        path += length + (path[length] == ':');
    }
    return false;
}

// The environment of the child: ours plus `extra` ("NAME=value" entries replace ours of the
// same name). Malloc'd array of borrowed strings.
static char **child_environment(char *const extra[])
{
    size_t count = 0, extra_count = 0;
    while (environ[count])
        count++;
    while (extra && extra[extra_count])
        extra_count++;
    char **env = malloc(sizeof(char *) * (count + extra_count + 1));
    if (!env)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        bool replaced = false;
        for (size_t j = 0; j < extra_count; j++) {
            size_t name = strcspn(extra[j], "=");
            replaced = replaced || (strncmp(environ[i], extra[j], name + 1) == 0);
        }
        if (!replaced)
            env[n++] = environ[i];
    }
    for (size_t j = 0; j < extra_count; j++)
        env[n++] = extra[j];
    env[n] = NULL;
    return env;
}

// What the vfork'ed child needs; everything is prepared before the fork, because the child
// shares the parent's memory and may only make system calls.
typedef struct Launch {
    const char *path;
    char *const *argv;
    char **env;
    const char *directory;
    int out[2], err[2];
    int null_fd;
    bool trace;
} Launch;

// In the child: wires the pipes, moves to the directory, asks to be traced and execs. Never
// returns.
static void exec_child(const Launch *launch)
{
    dup2(launch->out[1], STDOUT_FILENO);
    dup2(launch->err[1], STDERR_FILENO);
    if (launch->null_fd >= 0)
        dup2(launch->null_fd, STDIN_FILENO);
    if (launch->directory && chdir(launch->directory) != 0)
        _exit(126);
    if (launch->trace)
        ptrace(PTRACE_TRACEME, 0, NULL, NULL);
    execve(launch->path, launch->argv, launch->env);
    _exit(127);
}

// Reads the peak resident memory (VmHWM, in kB) of a live process; 0 when unknown.
static long read_peak_kb(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long kb = 0;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb;
}

// The state of one running child.
typedef struct Child {
    pid_t pid;
    bool exited, killed, traced;
    int status;
    struct rusage usage;
    long peak_kb;
} Child;

// Collects what changed with the child: a ptrace stop (the exit stop gives the peak memory; other
// signals are passed on) or its end (status and rusage).
static void reap(Child *c)
{
    int status;
    struct rusage usage;
    pid_t got;
    while (!c->exited && (got = wait4(c->pid, &status, WNOHANG | __WALL, &usage)) == c->pid) {
        if (WIFSTOPPED(status)) {
            int signal_number = WSTOPSIG(status);
            if (signal_number == SIGTRAP && (status >> 16) == PTRACE_EVENT_EXIT) {
                c->peak_kb = read_peak_kb(c->pid);
                signal_number = 0;
            } else if (signal_number == SIGTRAP && !c->traced) {
                // The stop after execve: from here on, stop once more at the exit.
                ptrace(PTRACE_SETOPTIONS, c->pid, NULL,
                       (void *)(long)(PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL));
                c->traced = true;
                signal_number = 0;
            }
            ptrace(PTRACE_CONT, c->pid, NULL, (void *)(long)signal_number);
        } else if (WIFEXITED(status) || WIFSIGNALED(status)) {
            c->exited = true;
            c->status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            c->usage = usage;
        }
    }
}

// Reads the child's pipes and follows its stops until it has exited and both pipes closed, or
// the deadline passes (then kills it).
static void pump(Child *c, int out, int err, double deadline, Capture *out_capture,
                 Capture *err_capture)
{
    bool out_open = true, err_open = true;
    reap(c);
    while (out_open || err_open || !c->exited) {
        struct pollfd fds[3] = {{out_open ? out : -1, POLLIN, 0},
                                {err_open ? err : -1, POLLIN, 0},
                                {child_signal_pipe[0], POLLIN, 0}};
        double left = deadline - bench_now();
        int timeout_ms = c->killed ? 100 : left > 0 ? (int)(left * 1000) + 1 : 0;
        int ready = poll(fds, 3, timeout_ms > 1000 ? 1000 : timeout_ms);
        if (ready < 0 && errno != EINTR)
            break;
        if (!c->killed && bench_now() > deadline) {
            kill(c->pid, SIGKILL);
            c->killed = true;
        }
        if (out_open && (fds[0].revents & (POLLIN | POLLHUP | POLLERR)))
            out_open = capture_read(out, out_capture);
        if (err_open && (fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            err_open = capture_read(err, err_capture);
        drain_wakeups();
        reap(c);
    }
}

// Closes both ends of a pipe pair (those still open).
static void close_pair(int pair[2])
{
    for (int i = 0; i < 2; i++)
        if (pair[i] >= 0)
            close(pair[i]);
}

bool bench_process_run(char *const argv[], const char *directory, char *const environment[],
                       double timeout_seconds, bool trace_memory, ProcessRun *run)
{
    memset(run, 0, sizeof *run);
    run->status = -1;
    char path[4096];
    Launch launch = {path, argv, NULL, directory, {-1, -1}, {-1, -1}, -1, trace_memory};
    if (!find_program(argv[0], path, sizeof path) || !watch_children())
        return false;
    launch.env = child_environment(environment);
    if (!launch.env || pipe(launch.out) != 0 || pipe(launch.err) != 0) {
        close_pair(launch.out);
        free(launch.env);
        return false;
    }
    fcntl(launch.out[0], F_SETFD, FD_CLOEXEC);
    fcntl(launch.err[0], F_SETFD, FD_CLOEXEC);
    launch.null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    fflush(NULL);
    double start = bench_now();
    Child c = {.pid = vfork()};
    if (c.pid == 0)
        exec_child(&launch);
    close(launch.out[1]);
    close(launch.err[1]);
    if (launch.null_fd >= 0)
        close(launch.null_fd);
    free(launch.env);
    if (c.pid < 0) {
        close(launch.out[0]);
        close(launch.err[0]);
        return false;
    }
    Capture out_capture = {0}, err_capture = {0};
    pump(&c, launch.out[0], launch.err[0], start + timeout_seconds, &out_capture, &err_capture);
    close(launch.out[0]);
    close(launch.err[0]);
    run->wall_ns = (bench_now() - start) * 1e9;
    run->cpu_ns = ((double)c.usage.ru_utime.tv_sec + (double)c.usage.ru_stime.tv_sec) * 1e9 +
                  ((double)c.usage.ru_utime.tv_usec + (double)c.usage.ru_stime.tv_usec) * 1e3;
    run->peak_rss_kb = c.peak_kb;
    run->status = c.exited ? c.status : 128 + SIGKILL;
    capture_add(&out_capture, "", 0);
    capture_add(&err_capture, "", 0);
    run->output = out_capture.bytes;
    run->output_length = out_capture.length;
    run->errors = err_capture.bytes;
    return run->status != 127;
}

void bench_process_free(ProcessRun *run)
{
    free(run->output);
    free(run->errors);
    run->output = run->errors = NULL;
}

bool bench_have_program(const char *program)
{
    char path[4096];
    return find_program(program, path, sizeof path);
}

const char *bench_program_version(const char *program)
{
    static char version[160];
    version[0] = '\0';
    char *argv[] = {(char *)program, (char *)"-v", NULL};
    ProcessRun run;
    if (bench_process_run(argv, NULL, NULL, 10, false, &run)) {
        const char *text = run.output && run.output[0] ? run.output : run.errors;
        if (text) {
            // "Lua 5.4.4  Copyright ..." or "LuaJIT 2.1.0-beta3 -- Copyright ...": keep the
            // name and version.
            size_t length = strcspn(text, "\r\n");
            const char *copyright = strstr(text, " Copyright");
            if (copyright && (size_t)(copyright - text) < length)
                length = (size_t)(copyright - text);
            while (length > 0 && (text[length - 1] == ' ' || text[length - 1] == '-'))
                length--;
            snprintf(version, sizeof version, "%.*s", (int)length, text);
        }
    }
    bench_process_free(&run);
    return version;
}
