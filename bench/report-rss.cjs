// Preloaded by bench/run.mjs into the command-line tool's process: prints its peak resident memory
// (all threads, in KiB) on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
});
