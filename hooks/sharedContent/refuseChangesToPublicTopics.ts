import { isAnyTopicInReviewedUse } from '../../src/sharedContent/publishedUses'
import { refuseChangesInPublishedUse } from './refuseChangesInPublishedUse'

/**
 * Editors may not rename, re-slug, describe, move or delete a topic that a published speaker or
 * interview is filed under, directly or through one of its subtopics, nor one that a document in
 * review or approved is filed under.
 */
export const refuseChangesToPublicTopics = refuseChangesInPublishedUse({
  isAnyInPublishedUse: isAnyTopicInReviewedUse,
  message: {
    en: 'A published speaker or interview, or one in review or approved, is filed under this topic (or one of its subtopics): only reviewers and admins may change or delete it. Create a new topic for your draft, or ask a reviewer.',
    zh: '已发布、审核中或已批准的讲者或访谈归在此主题（或其子主题）下：只有审核人和管理员可以修改或删除它。请为您的草稿新建一个主题，或请审核人修改。',
  },
})
