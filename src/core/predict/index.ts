// STUB: filled in by the prediction work (twemproxy key placement, nginx ip_hash).
export {};
