// The parts of wink-eng-lite-web-model that model.ts builds its loader from, by `require`: in
// Node this parses the JSON as the package's own files do (sharing require's cache with them,
// no import attributes), and a browser bundler treats it as it treats the model package itself.
// The build copies this file beside the bundles as is (tsup.config.ts). Pinned model version:
// see package.json and test/analysis/model.test.ts.
'use strict';
module.exports = {
  coreJson: require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'),
  cerMetaJson: require('wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json'),
  cerTransformers: require('wink-eng-lite-web-model/dist/cer-transformers.js'),
  featureFn: require('wink-eng-lite-web-model/dist/feature.js'),
  lemmatize: require('wink-eng-lite-web-model/dist/lemmatize.js'),
  loadNegation: require('wink-eng-lite-web-model/dist/load-negation-model.js'),
  loadPos: require('wink-eng-lite-web-model/dist/load-pos-model.js'),
  loadSa: require('wink-eng-lite-web-model/dist/load-sa-model.js'),
  loadSbd: require('wink-eng-lite-web-model/dist/load-sbd-model.js'),
  stem: require('wink-eng-lite-web-model/dist/porter-stemmer.js'),
  readabilityStats: require('wink-eng-lite-web-model/dist/readability-stats.js'),
};
