/**
 * The first import of the server's entry point and of the analysis worker's: applies the main thread's heap setting
 * before the rest loads, and again when the worker starts (which resets V8's flags); see `heap.ts`.
 */
import { limitYoungGeneration } from './heap';

limitYoungGeneration();
