import fc from 'fast-check';

// Property tests draw the same inputs on every run, so a failure in CI is one anyone can reproduce;
// FC_SEED=<n> explores other inputs locally.
fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20261123) });
