/**
 * Property tests run on a fixed seed, so `npm test` on a fresh machine is reproducible (a red CI
 * run does not land). To explore new cases: FC_SEED=random npm run test:unit (fast-check prints the
 * seed of any counterexample; pin it with FC_SEED=<n>).
 */
import fc from 'fast-check';

const env = process.env.FC_SEED;
if (env !== 'random') fc.configureGlobal({ seed: env ? Number(env) : 20261125 });
