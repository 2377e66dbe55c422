import { describe, expect, it } from '@jest/globals'

import { nameKeys, nameTerms } from '../../../src/search/searchTerms'
import { latinWords } from '../../../src/transliteration/latinWords'
import { givenNameSpellings, usualSyllable } from '../../../src/transliteration/koreanGivenNames'
import { givenNameSpellingsOf } from '../../helpers/givenNameSpellings'

describe('Korean given names as their bearers usually spell them', () => {
  // Public figures' own spellings of their given names (passports, business cards, press).
  it.each([
    ['김영희', 'young hee'],
    ['박성민', 'sung min'],
    ['박지훈', 'ji hoon'],
    ['최경수', 'kyung soo'],
    ['정현우', 'hyun woo'],
    ['윤석열', 'suk yeol'],
    ['이병철', 'byung chul'],
    ['김은정', 'eun jung'],
    ['송중기', 'joong ki'],
    ['이명박', 'myung bak'],
    ['문재인', 'jae in'],
    ['신동빈', 'dong bin'],
    ['김준영', 'joon young'],
    ['이민준', 'min jun'],
    ['이서연', 'seo yeon'],
    ['박근혜', 'geun hye'],
  ])('should spell the given name of %s as %s too', (name, spelling) => {
    expect(givenNameSpellingsOf(name)).toContain(spelling.replace(' ', ''))
  })

  it('should keep Revised Romanization first and never repeat it', () => {
    const spellings = givenNameSpellingsOf('윤석열')
    expect(spellings[0]).toBe('seongnyeol')
    expect(spellings).toContain('seokyeol')
    expect(new Set(spellings).size).toBe(spellings.length)
  })

  it('should write each syllable both ways, at most eight spellings', () => {
    expect(usualSyllable('영')).toBe('young')
    expect(usualSyllable('희')).toBe('hee')
    expect(usualSyllable('신')).toBe('shin')
    expect(usualSyllable('우')).toBe('woo')
    expect(usualSyllable('A')).toBe('A')
    const three = givenNameSpellings('경수진', ['gyeong', 'su', 'jin'], 'gyeongsujin')
    expect(three.length).toBeLessThanOrEqual(8)
    expect(three.map((syllables) => syllables.join(' '))).toContain('kyung soo jin')
  })

  it('should leave Chinese names and Korean words that are not names alone', () => {
    expect(latinWords('周杰伦', { person: true })[1]?.familiar).toBeUndefined()
    expect(latinWords('영희', { person: false })[0]?.familiar).toBeUndefined()
  })

  it('should rank the usual spellings as the exact name (they are among the name keys)', () => {
    expect(nameKeys('김영희')).toEqual(
      expect.arrayContaining(['kim young hee', 'kim younghee', 'kimyounghee', 'gim yeonghui']),
    )
    expect(nameKeys('최석열')).toEqual(expect.arrayContaining(['choi suk yeol', 'choe seok yeol']))
  })

  it('should keep a name of many Korean names to a few spellings (2^words mixes otherwise)', () => {
    // 40 names in the 120 characters a name may have: every mix would never finish.
    const crowd = Array(40).fill('김희').join(' ')
    const keys = nameKeys(crowd)
    expect(keys.length).toBeLessThanOrEqual(3 + 3 * 32)
    expect(keys).toContain(Array(40).fill('gim hui').join(' '))
    expect(nameTerms(crowd).length).toBeLessThan(100)
  })
})
