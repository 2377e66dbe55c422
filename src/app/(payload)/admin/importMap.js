import { CurrentPasswordField as CurrentPasswordField_e0028fb2eaf96ec2bc4295ece4dc4316 } from '../../../admin/CurrentPasswordField'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewHistoryField as ReviewHistoryField_ffeb4911bc8bebd6e999e336e682d3c7 } from '../../../admin/review/ReviewHistoryField'
import { ReviewQueueLinks as ReviewQueueLinks_55fb9a09f4d0279bf2d92251637eb481 } from '../../../admin/ReviewQueueLinks'
import { ReviewActions as ReviewActions_2ef00c8eee508b83d9d51ff01cac7ecc } from '../../../admin/ReviewActions'
import { KeepEditLock as KeepEditLock_7aa40d9fd8c7560e46aefb7f6263df75 } from '../../../admin/review/KeepEditLock'
import { PublishForReviewers as PublishForReviewers_f9d9e1af5dba44e1f62ef1bc4394d534 } from '../../../admin/PublishForReviewers'
import { DayCell as DayCell_244e7a6ae717c2b52460fe531512c75c } from '../../../admin/dates/DayCell'
import { DayField as DayField_9600be78a4fd14cbb90767821d9ff488 } from '../../../admin/dates/DayField'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PersonCell as PersonCell_70c6322126948d17b5ee19db6492d2da } from '../../../admin/review/PersonCell'
import { BookingStatusField as BookingStatusField_e3eac8d0b4b9ab686c4626ccf6387f3c } from '../../../admin/BookingStatusField'
import { PersonEmail as PersonEmail_88e422791b34be2e892b53612fc014ef } from '../../../admin/bookings/PersonEmail'
import { AssignToMe as AssignToMe_075bba559ac7a7e45c0032e068b3a1c0 } from '../../../admin/AssignToMe'
import { InternalNoteField as InternalNoteField_45fff5b9ee780db6c03b3778113441e2 } from '../../../admin/InternalNoteField'
import { StatusHistoryField as StatusHistoryField_9ecfeb868c2aec16b6b33e5985b27504 } from '../../../admin/bookings/StatusHistoryField'
import { BookingQueueLinks as BookingQueueLinks_252a0ab81028a6f3233185d1660d060d } from '../../../admin/BookingQueueLinks'
import { OptionalTextCell as OptionalTextCell_07be2daba6808007c11d68904c5ef790 } from '../../../admin/bookings/OptionalTextCell'
import { WorkQueues as WorkQueues_edb0ad9fb70df39ff73b49b35e119aa7 } from '../../../admin/WorkQueues'
import { LockHolderNames as LockHolderNames_acafcd76cf6d0329846d58492e4d749e } from '../../../admin/people/LockHolderNames'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_e0028fb2eaf96ec2bc4295ece4dc4316,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/review/ReviewHistoryField#ReviewHistoryField": ReviewHistoryField_ffeb4911bc8bebd6e999e336e682d3c7,
  "/admin/ReviewQueueLinks#ReviewQueueLinks": ReviewQueueLinks_55fb9a09f4d0279bf2d92251637eb481,
  "/admin/ReviewActions#ReviewActions": ReviewActions_2ef00c8eee508b83d9d51ff01cac7ecc,
  "/admin/review/KeepEditLock#KeepEditLock": KeepEditLock_7aa40d9fd8c7560e46aefb7f6263df75,
  "/admin/PublishForReviewers#PublishForReviewers": PublishForReviewers_f9d9e1af5dba44e1f62ef1bc4394d534,
  "/admin/dates/DayCell#DayCell": DayCell_244e7a6ae717c2b52460fe531512c75c,
  "/admin/dates/DayField#DayField": DayField_9600be78a4fd14cbb90767821d9ff488,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/review/PersonCell#PersonCell": PersonCell_70c6322126948d17b5ee19db6492d2da,
  "/admin/BookingStatusField#BookingStatusField": BookingStatusField_e3eac8d0b4b9ab686c4626ccf6387f3c,
  "/admin/bookings/PersonEmail#PersonEmail": PersonEmail_88e422791b34be2e892b53612fc014ef,
  "/admin/AssignToMe#AssignToMe": AssignToMe_075bba559ac7a7e45c0032e068b3a1c0,
  "/admin/InternalNoteField#InternalNoteField": InternalNoteField_45fff5b9ee780db6c03b3778113441e2,
  "/admin/bookings/StatusHistoryField#StatusHistoryField": StatusHistoryField_9ecfeb868c2aec16b6b33e5985b27504,
  "/admin/BookingQueueLinks#BookingQueueLinks": BookingQueueLinks_252a0ab81028a6f3233185d1660d060d,
  "/admin/bookings/OptionalTextCell#OptionalTextCell": OptionalTextCell_07be2daba6808007c11d68904c5ef790,
  "/admin/WorkQueues#WorkQueues": WorkQueues_edb0ad9fb70df39ff73b49b35e119aa7,
  "/admin/people/LockHolderNames#LockHolderNames": LockHolderNames_acafcd76cf6d0329846d58492e4d749e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
