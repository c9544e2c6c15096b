/** A UI string with its placeholders filled, as the screen shows it. */
export const fill = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{\{(\w+)(?:, ?number)?\}\}/g, (_, key: string) => String(params[key]));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A UI string with the given placeholders filled and the others as wildcards (a time, a desk, a fingerprint). */
export const pattern = (text: string, params: Record<string, string | number> = {}) =>
  new RegExp(
    text
      .split(/(\{\{\w+(?:, ?number)?\}\})/)
      .map((part) => {
        const key = /^\{\{(\w+)(?:, ?number)?\}\}$/.exec(part)?.[1];
        if (!key) return escape(part);
        return key in params ? escape(String(params[key])) : '.+';
      })
      .join(''),
  );
