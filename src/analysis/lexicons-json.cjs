// The lexicons of src/lexicons/ compiled by the build (scripts/precompile-lexicons.ts), stored
// once as dist/lexicons.json beside the bundles, which import this file (tsup.config.ts replaces
// src/analysis/precompiled-lexicons.ts with a module that does). `load` reads the JSON on its
// first call, by `require` (as wink-model.cjs loads the model), so importing the package parses
// nothing until a lexicon is first matched. The build copies this file beside the bundles as is.
'use strict';
let data;
module.exports = {
  load: () => {
    data ??= require('./lexicons.json');
    return data;
  },
};
