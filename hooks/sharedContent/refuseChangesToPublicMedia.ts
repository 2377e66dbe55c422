import { mediaInPublishedUse } from '../../src/sharedContent/publishedUses'
import { refuseChangesInPublishedUse } from './refuseChangesInPublishedUse'

/** Editors may not change (alt text, focal point, the file) or delete an image a published document shows. */
export const refuseChangesToPublicMedia = refuseChangesInPublishedUse({
  isAnyInPublishedUse: async (args) => (await mediaInPublishedUse(args)).size > 0,
  message: {
    en: 'A published speaker or interview shows this image: only reviewers and admins may change or delete it. Upload a new image for your draft instead.',
    zh: '已发布的讲者或访谈正在使用此图片：只有审核人和管理员可以修改或删除它。请为您的草稿上传一张新图片。',
  },
})
