// The sample files of every attachment kind (made in scripts/reliability/fuzz/sample-files.ts, which the fuzz suite sends too).
export { ACCEPTED_FILES, EXECUTABLE, REFUSED_FILES, zipOf } from '../../scripts/reliability/fuzz/sample-files.js';
