// fontkit 2 ships no types; Plenum uses only this much of it.
declare module 'fontkit' {
  export function create(data: Uint8Array): unknown;
}
