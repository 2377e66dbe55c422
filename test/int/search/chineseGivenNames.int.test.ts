import { describe, expect, it } from '@jest/globals'

import { nameKeys } from '../../../src/search/searchTerms'
import { toSlug } from '../../../src/slugs/toSlug'
import { givenNameReadings } from '../../../src/transliteration/chineseGivenNames'
import { latinWords } from '../../../src/transliteration/latinWords'
import { givenNameSpellingsOf } from '../../helpers/givenNameSpellings'

describe('Chinese given names read the way their bearers are called', () => {
  it.each([
    ['张朝阳', 'zhaoyang'],
    ['王重阳', 'chongyang'],
    ['曾乐', 'yue'],
    ['陈茜', 'xi'],
    ['李莘', 'xin'],
  ])('should read the given name of %s as %s too', (name, reading) => {
    expect(givenNameSpellingsOf(name)).toContain(reading)
  })

  it('should keep the dictionary reading first (the slug keeps it) and never repeat one', () => {
    expect(givenNameSpellingsOf('张朝阳')).toEqual(['chaoyang', 'zhaoyang'])
    expect(toSlug('张朝阳', { person: true })).toBe('zhang-chaoyang')
    const two = givenNameReadings('朝乐', ['chao', 'le'])
    expect(two.map((syllables) => syllables.join(' '))).toEqual(['chao yue', 'zhao le', 'zhao yue'])
  })

  it('should add no reading a name never has, and none outside names', () => {
    // 娜 is `nuo`, 红 `gong` and 长 `zhang` in some words, never in a name.
    expect(givenNameSpellingsOf('李娜')).toEqual(['na'])
    expect(givenNameSpellingsOf('王红')).toEqual(['hong'])
    expect(givenNameSpellingsOf('李长江')).toEqual(['changjiang'])
    expect(latinWords('朝阳', { person: false })[0]?.familiar).toBeUndefined()
  })

  it('should rank the other reading as the exact name (it is among the name keys)', () => {
    expect(nameKeys('张朝阳')).toEqual(expect.arrayContaining(['zhang zhaoyang', 'zhangzhaoyang']))
  })

  it('should keep at most eight other readings of a long given name', () => {
    expect(givenNameReadings('乐茜莘朝', ['le', 'qian', 'shen', 'chao']).length).toBe(8)
  })
})
