/**
 * Loads a module the first time it is wanted, not with the page: `onFirstUse(() => import('…'))` makes the
 * module its own chunk, fetched once; a failed load (the network dropped) is tried again next time.
 */
export function onFirstUse<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
