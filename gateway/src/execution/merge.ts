type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Merges one subgraph's answer into the object being assembled: objects field by field, lists of the same
 * length item by item, anything else replaced — Apollo's `deepMerge`, for JSON data. A key that names an
 * inherited property (`__proto__`, `constructor`, from a client's alias) becomes the object's own, never its
 * prototype.
 */
export function mergeInto(target: Data, source: Data | null | undefined): void {
  if (!source) return;
  for (const key in source) {
    const value = source[key];
    if (value === undefined) continue;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (current && isObject(value)) {
      if (isObject(current)) mergeInto(current, value);
      else set(target, key, value);
    } else if (Array.isArray(value) && Array.isArray(current) && value.length === current.length) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isObject(current[i]) && isObject(item)) mergeInto(current[i] as Data, item);
        else current[i] = item;
      }
    } else set(target, key, value);
  }
}

/** `__proto__` is the one inherited property whose assignment does not make an own one (it is a setter). */
function set(target: Data, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
