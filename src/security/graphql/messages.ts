import type { Bilingual } from '../../i18n/localize'

/** Every refusal of a GraphQL request, in the two languages the bureau answers in. */
export const graphQLMessages = {
  deadline: (seconds: number): Bilingual => ({
    en: `The query ran longer than ${seconds} s and was stopped; ask for fewer or smaller lists.`,
    zh: `查询运行超过 ${seconds} 秒，已被终止；请减少列表数量或缩小列表。`,
  }),
  fragmentCycle: (fragment: string): Bilingual => ({
    en: `Fragment "${fragment}" spreads itself (directly or through other fragments); fragments cannot form a cycle.`,
    zh: `片段 "${fragment}" 直接或间接地引用了自身；片段不能构成循环。`,
  }),
  tooDeep: (max: number): Bilingual => ({
    en: `This query nests brackets ({ [ or () more than ${max} levels deep; no query needs that many.`,
    zh: `此查询的括号（{ [ 或 (）嵌套超过 ${max} 层；正常查询不需要这么深的嵌套。`,
  }),
  tooCostly: (cost: number, maxCost: number): Bilingual => ({
    en:
      `This query would cost about ${cost} units of database work; at most ${maxCost} are allowed. ` +
      'A list costs its limit (10 when none is given; limit: 0, pagination: false or a join field ' +
      'without limit count as 1000) times what each document asks for; counts and each ' +
      'relationship or upload lookup cost 1. Ask for smaller pages or fewer nested lists.',
    zh:
      `此查询约需 ${cost} 个单位的数据库工作量，上限为 ${maxCost}。` +
      '列表按其 limit 计价（未给出时为 10；limit: 0、pagination: false 或未设 limit 的关联列表按 1000 计），' +
      '再乘以每个文档所需的工作量；计数和每次关系或上传文件查找各计 1。请使用更小的分页或减少嵌套列表。',
  }),
  tooLarge: (fields: number, maxFields: number): Bilingual => ({
    en: `This query selects ${fields} or more fields once its fragments are expanded; at most ${maxFields} are allowed.`,
    zh: `此查询展开片段后选择了至少 ${fields} 个字段，上限为 ${maxFields} 个。`,
  }),
  tooManyRootFields: (count: number, max: number): Bilingual => ({
    en: `This query asks for ${count} fields at its top level (aliases included); at most ${max} are allowed. Split it into several requests.`,
    zh: `此查询在顶层请求了 ${count} 个字段（包括别名），上限为 ${max} 个。请拆分为多个请求。`,
  }),
}
