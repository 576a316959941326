// Preloaded into the borderflow process by tests/hostile/model.test.ts: on exit, writes the CPU seconds and peak memory it used to $HOSTILE_USAGE_FILE.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.HOSTILE_USAGE_FILE, JSON.stringify({ cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMB: u.maxRSS / 1024 }));
});
