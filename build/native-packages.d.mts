/** Names of the native packages among `rootDir`'s production dependencies, direct or transitive. */
export function nativePackages(rootDir: string): string[];
