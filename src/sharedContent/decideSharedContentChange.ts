import type { Bilingual } from '../i18n/localize'
import { hasRole } from '../access/hasRole'

type User = { roles?: null | readonly string[] } | null | undefined

export type SharedContentDecision = { isAllowed: true } | { isAllowed: false; message: Bilingual }

/**
 * Reviewers and admins may change anything, and so may the system (seeding, jobs: no user). Anyone
 * else needs to know whether published documents use what they change.
 */
export const mayChangeSharedContentInUse = (user: User): boolean =>
  !user || hasRole(user, 'admin', 'reviewer')

/**
 * Media and topics are shared by speakers and interviews and have no drafts of their own: a change
 * to one that a published document shows would reach readers without review. So only reviewers and
 * admins change or delete those; editors still change what no published document uses (for their
 * drafts) and add new ones.
 */
export const decideSharedContentChange = ({
  isInPublishedUse,
  message,
  user,
}: {
  isInPublishedUse: boolean
  message: Bilingual
  user: User
}): SharedContentDecision =>
  isInPublishedUse && !mayChangeSharedContentInUse(user)
    ? { isAllowed: false, message }
    : { isAllowed: true }
