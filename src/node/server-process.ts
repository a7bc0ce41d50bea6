/**
 * How the language server process is started by the VS Code client (and by the bench, which measures it the same way).
 *
 * `MALLOC_ARENA_MAX=2`: glibc gives each thread that allocates its own malloc arena (up to 8 per core) and keeps
 * freed memory in them; the server's two threads (main and analysis worker) then held 25–40 MB of unused arena memory
 * after a 1 MB draft. Two arenas are enough for two threads. `MALLOC_TRIM_THRESHOLD_=131072`: freed memory above
 * 128 KB at the top of an arena goes back to the system (glibc otherwise raises that threshold as large blocks come
 * and go). Both are read by glibc when the process starts, so only whoever starts the process can set them; other C
 * libraries ignore them.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072' };
