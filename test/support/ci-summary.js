/**
 * Reads the JSON results of .ci/run's jest runs and prints each suite's duration (slowest first,
 * per run) and one closing line: "N passed, M failed".
 */
const path = require('node:path');

const runs = process.argv.slice(2).map((file) => ({ name: path.basename(file, '.json'), result: require(path.resolve(file)) }));

for (const { name, result } of runs) {
  console.log(`== ${name}: ${result.numTotalTestSuites} suites`);
  const suites = result.testResults
    .map((suite) => ({
      file: path.relative(process.cwd(), suite.name),
      seconds: (suite.endTime - suite.startTime) / 1000,
      status: suite.status,
    }))
    .sort((a, b) => b.seconds - a.seconds);
  for (const suite of suites)
    console.log(
      `${suite.seconds.toFixed(1).padStart(7)} s  ${suite.status === 'passed' ? '' : `${suite.status.toUpperCase()} `}${suite.file}`,
    );
}

const sum = (key) => runs.reduce((total, { result }) => total + result[key], 0);
console.log(`${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed`);
