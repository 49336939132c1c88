/**
 * A react-hook-form resolver that loads on the form's first validation (a submit, or a change
 * after one), so the form's zod schema — and zod — stay off its first paint.
 */
import type { FieldValues, Resolver } from "react-hook-form";

export function lazyResolver<T extends FieldValues>(load: () => Promise<Resolver<T>>): Resolver<T> {
  let loading: Promise<Resolver<T>> | undefined;
  return async (values, context, options) => {
    loading ??= load();
    return (await loading)(values, context, options);
  };
}
