// The kernels the benchmark compares with peer libraries, bundled by webpack like the add-in.
export { normCdf, normInv } from '../shared/kernels/normal';
export { bsGreek, bsPrice, impliedVol } from '../shared/kernels/blackscholes';
export { americanGreek, americanImpliedVol, americanPrice } from '../shared/kernels/american';
export { baw, bjerksundStensland } from './american-peers';
