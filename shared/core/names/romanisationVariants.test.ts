import { describe, expect, it } from 'vitest';
import { latinVariants } from './romanisationVariants';

describe('the Latin spellings of a Russian name', () => {
  it('gives the passport, BGN/PCGN, scholarly and newspaper spellings, lower case, without repeats', () => {
    expect(latinVariants('Ковалевский')).toEqual(['kovalevskii', 'kovalevskiy', 'kovalevskij', 'kovalevsky']);
    expect(latinVariants('Юлия')).toEqual(['iuliia', 'yuliya', 'julija']);
    expect(latinVariants('Щукин')).toEqual(['shchukin']);
  });

  it('writes -ий and -ый as -y only at the end of a word', () => {
    expect(latinVariants('Достоевский')).toContain('dostoevsky');
    expect(latinVariants('Добрый')).toContain('dobry');
    expect(latinVariants('Ковалевский Андрей')).toContain('kovalevsky andrey');
    // Not inside a word: Кийко is never "Kyko".
    expect(latinVariants('Кийко').some((v) => v.startsWith('ky'))).toBe(false);
  });

  it('writes ье as ye in the newspaper spelling', () => {
    expect(latinVariants('Соловьев')).toEqual(['solovev', 'solovyev']);
  });

  it('adds the yo spelling of ё, as many people write it', () => {
    expect(latinVariants('Хрущёв')).toEqual(['khrushchev', 'chrushchev', 'khrushchyov']);
    expect(latinVariants('ЁЛКИН')).toContain('yolkin');
    expect(latinVariants('Хрущев')).not.toContain('khrushchyov');
  });

  it('keeps what is not Cyrillic, and gives nothing for an empty name', () => {
    expect(latinVariants('Петров-Водкин')).toContain('petrov-vodkin');
    expect(latinVariants('')).toEqual([]);
  });
});
