/**
 * `fn`, remembering its last call: called again with the same arguments (each the same
 * value, by `Object.is`), it gives the last result without computing it again. One
 * entry, so it holds nothing but the latest value of one step of the pipeline.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A): R => {
    if (last && args.length === last.args.length && args.every((arg, i) => Object.is(arg, last!.args[i]))) {
      return last.value;
    }
    last = { args, value: fn(...args) };
    return last.value;
  };
}
