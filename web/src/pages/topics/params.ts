/** The address's query with one parameter set: list pages keep their filters when a record opens in a drawer. */
export function withParam(params: URLSearchParams, name: string, value: string | number): string {
  const out = new URLSearchParams(params);
  out.set(name, String(value));
  return `?${out.toString()}`;
}
