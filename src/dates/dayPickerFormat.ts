/**
 * The date picker's display (and typing) format for days, a date-fns pattern with the year:
 * "20 May 2030" in English, "2030年5月20日" in Chinese, the same days formatDay writes.
 */
export const dayPickerFormat = (language: string): string =>
  language === 'zh' ? 'yyyy年M月d日' : 'd MMM yyyy'
