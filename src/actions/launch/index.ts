import '../../dirname-shim.js';
import { runAction } from '../runtime.js';
import { main } from './main.js';
import { post } from './post.js';

await runAction({ name: 'launch', main, post });
