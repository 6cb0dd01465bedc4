// What the pure domain uses of the runtime it runs in (Node and the browser alike); tsconfig.cmo.json has no DOM lib
// and no Node types, so it is declared here.
declare function structuredClone<T>(value: T): T;
