/** Keeps the URL and the store in step (to come). */
export function useUrlSync(): void {}
