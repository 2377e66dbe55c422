import { isAnyMediaInReviewedUse } from '../../src/sharedContent/publishedUses'
import { refuseChangesInPublishedUse } from './refuseChangesInPublishedUse'

/**
 * Editors may not change (alt text, focal point, the file) or delete an image a published document
 * shows, nor one a document in review or approved shows.
 */
export const refuseChangesToPublicMedia = refuseChangesInPublishedUse({
  isAnyInPublishedUse: isAnyMediaInReviewedUse,
  message: {
    en: 'A published speaker or interview, or one in review or approved, shows this image: only reviewers and admins may change or delete it. Upload a new image for your draft instead.',
    zh: '已发布、审核中或已批准的讲者或访谈正在使用此图片：只有审核人和管理员可以修改或删除它。请为您的草稿上传一张新图片。',
  },
})
