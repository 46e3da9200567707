import { zhCN } from './zh-CN';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<typeof zhCN>;
type Vars = Record<string, string | number>;

function fill(text: string, vars?: Vars): string {
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
}

/** The string under a key whose name is only known at run time (an audit action, say), if there is one. */
export function lookup(key: string, vars?: Vars): string | undefined {
  let node: unknown = zhCN;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? fill(node, vars) : undefined;
}

export function t(key: MessageKey, vars?: Vars): string {
  return lookup(key, vars) ?? key;
}
