import { describe, expect, it } from 'vitest';
import { chineseNameToCyrillic, palladiusSyllable } from './palladius';

describe('the Palladius system', () => {
  it('writes Chinese names as Russian writes them, family name first', () => {
    expect(chineseNameToCyrillic('赵', '永生')).toEqual({ family: 'Чжао', given: 'Юншэн' });
    expect(chineseNameToCyrillic('习', '近平')).toEqual({ family: 'Си', given: 'Цзиньпин' });
    expect(chineseNameToCyrillic('李', '强')).toEqual({ family: 'Ли', given: 'Цян' });
    expect(chineseNameToCyrillic('欧阳', '珺')).toEqual({ family: 'Оуян', given: 'Цзюнь' });
  });

  it('reads a syllable after j, q and x with ü, and i after z, c and s as ы', () => {
    expect(['ju', 'qu', 'xue', 'xuan', 'jun'].map(palladiusSyllable)).toEqual([
      'цзюй',
      'цюй',
      'сюэ',
      'сюань',
      'цзюнь',
    ]);
    expect(['zi', 'ci', 'si', 'zhi', 'chi', 'shi', 'ri'].map(palladiusSyllable)).toEqual([
      'цзы',
      'цы',
      'сы',
      'чжи',
      'чи',
      'ши',
      'жи',
    ]);
  });

  it('writes the finals after soft initials and the syllables without an initial', () => {
    expect(['lie', 'liu', 'nü', 'lüe', 'guo', 'dui', 'mei', 'feng'].map(palladiusSyllable)).toEqual([
      'ле',
      'лю',
      'нюй',
      'люэ',
      'го',
      'дуй',
      'мэй',
      'фэн',
    ]);
    expect(['yi', 'you', 'wei', 'wu', 'yuan', 'er', 'ai'].map(palladiusSyllable)).toEqual([
      'и',
      'ю',
      'вэй',
      'у',
      'юань',
      'эр',
      'ай',
    ]);
  });

  it('keeps what is not a pinyin syllable as it is', () => {
    expect(palladiusSyllable('qwz')).toBe('qwz');
  });
});
