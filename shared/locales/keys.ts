import type { en } from './en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<Key extends string> = Key extends `${infer Base}_${PluralSuffix}` ? Base | Key : Key;

type KeysOf<Messages> = {
  [Namespace in keyof Messages & string]: `${Namespace}.${WithoutPlural<keyof Messages[Namespace] & string>}`;
}[keyof Messages & string];

/** Every key the strings have, as `namespace.key`: a key that does not exist fails the type check. */
export type MessageKey = KeysOf<typeof en>;
