import '../../dirname-shim.js';
import { runAction } from '../runtime.js';
import { main } from './main.js';

await runAction({ name: 'pull-artifacts', main });
