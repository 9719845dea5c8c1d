#!/usr/bin/env node
// The command line bundled into one file by `npm run build` (scripts/bundle.mjs): start-up is module loading.
import { main } from '../dist/unrec.mjs';
main();
