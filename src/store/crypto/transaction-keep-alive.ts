// IndexedDB commits a transaction as soon as no request is pending at the end
// of a task, and WebCrypto (and Blob reads) resolve in later tasks: awaiting
// them inside a transaction would commit it under the caller's feet, and the
// caller's next read or write would fail with TransactionInactiveError.
// So while such work runs, a cheap request (a get of a key no record has) is
// kept pending on the transaction, and the result is delivered from inside a
// request's success callback — where the transaction is active again, so the
// caller's promise continuation may issue its next request on it.

/** No record of the app is keyed by -Infinity (every primary key is a string, a number from ++ or an array). */
const KEEP_ALIVE_KEY = -Infinity;

export function keepTransactionAlive<T>(transaction: IDBTransaction, storeName: string, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    const store = transaction.objectStore(storeName);
    const poll = (): void => {
      if (outcome) {
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.error);
        return;
      }
      let request: IDBRequest;
      try {
        request = store.get(KEEP_ALIVE_KEY);
      } catch (error) {
        // The transaction ended anyway (aborted): report why once the work is done.
        void work.then(() => reject(error), reject);
        return;
      }
      request.onsuccess = poll;
      request.onerror = () => reject(request.error);
    };
    poll();
  });
}
