// A fixed master key for the product's own tooling — the test suite, the benchmarks and the
// reliability suite — whose cases are made up, so their clients and the product they start agree on
// one key (and the recorded replay histories stay readable). Never used by `npm start` or production:
// those take PAYLOAD_KEYS or the key generated into the data folder.
export const TOOLING_PAYLOAD_KEYS = 'tooling1:8G2rWysBejYAbhbpa7NlW2hg6Zt1ZLkIsbJ4H+1G3dA=';
