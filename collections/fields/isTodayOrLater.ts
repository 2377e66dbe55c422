import { earliestDayAnywhere } from '../../src/dates/day'
import type { DayRule } from './dayField'

/** Today or later, wherever on Earth the event is (see earliestDayAnywhere). */
export const isTodayOrLater: DayRule = (day) =>
  day >= earliestDayAnywhere()
    ? true
    : { en: 'This day must be today or later.', zh: '日期不能早于今天。' }
