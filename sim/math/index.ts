// Elementary functions that give the same last bit in every JavaScript engine.
//
// Math.exp, Math.log and friends are implementation-defined: Node 20 and Chromium 156
// differ in the last bit for several per cent of inputs, which is enough to make a
// replication drift apart after a few thousand draws. These are stdlib's pure-JavaScript
// ports of FreeBSD's msun (fdlibm), built from IEEE 754 arithmetic only, so a scenario and
// seed give byte-identical results in Node, in a worker and in any browser.
// Math.sqrt, + − × ÷ and integer powers are correctly rounded everywhere and stay as they are.

import expImpl from '@stdlib/math-base-special-exp';
import lnImpl from '@stdlib/math-base-special-ln';
import log1pImpl from '@stdlib/math-base-special-log1p';
import expm1Impl from '@stdlib/math-base-special-expm1';
import powImpl from '@stdlib/math-base-special-pow';
import sinImpl from '@stdlib/math-base-special-sin';

export const exp: (x: number) => number = expImpl;
export const log: (x: number) => number = lnImpl;
export const log1p: (x: number) => number = log1pImpl;
export const expm1: (x: number) => number = expm1Impl;
export const pow: (x: number, y: number) => number = powImpl;
export const sin: (x: number) => number = sinImpl;
