// `npm run test:under-load`: the whole of `npm test` with two CPU-bound processes running beside it,
// as CI and reviewers' machines often are. The suite must pass like this; nothing is retried.
import { spawn } from 'node:child_process';
import os from 'node:os';

const HOGS = 2;
const burn = 'let x = 0; for (;;) { x = (x * 1103515245 + 12345) % 2147483648; }';
const hogs = Array.from({ length: HOGS }, () => spawn(process.execPath, ['-e', burn], { stdio: 'ignore' }));
const stop = () => {
  for (const hog of hogs) hog.kill('SIGKILL');
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

console.log(
  `test:under-load: ${HOGS} CPU-bound processes beside the suite, on ${os.cpus().length} CPUs (load ${os.loadavg()[0]?.toFixed(2)})`,
);
const started = Date.now();
const suite = spawn('npm', ['test'], { stdio: 'inherit' });
suite.on('exit', (code, signal) => {
  stop();
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(
    `test:under-load: npm test ${code === 0 ? 'passed' : 'FAILED'} in ${minutes} min (load ${os.loadavg()[0]?.toFixed(2)} at the end)`,
  );
  process.exit(code ?? (signal ? 1 : 0));
});
