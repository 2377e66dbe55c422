import { CurrentPasswordField as CurrentPasswordField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
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
import { SpeakerHolds as SpeakerHolds_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { ReviewHistoryField as ReviewHistoryField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { ReviewQueueLinks as ReviewQueueLinks_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { ReviewActions as ReviewActions_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { KeepEditLock as KeepEditLock_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { PublishForReviewers as PublishForReviewers_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { DayCell as DayCell_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { DayField as DayField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PersonCell as PersonCell_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { OptionalTextCell as OptionalTextCell_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { BookingStatusField as BookingStatusField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { PersonEmail as PersonEmail_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { AssignToMe as AssignToMe_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { InternalNoteField as InternalNoteField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { StatusHistoryField as StatusHistoryField_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { BookingQueueLinks as BookingQueueLinks_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { ProposalActions as ProposalActions_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { HoldClashWarning as HoldClashWarning_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { PrivacyNavLink as PrivacyNavLink_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { WorkQueues as WorkQueues_9496d15d40cd3076f6586eb9441116c5 } from 'speakers-bureau-cms/rsc'
import { LockHolderNames as LockHolderNames_69d0459dbd0e3429859725209881c90b } from 'speakers-bureau-cms/client'
import { PrivacyView as PrivacyView_9496d15d40cd3076f6586eb9441116c5 } from 'speakers-bureau-cms/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "speakers-bureau-cms/client#CurrentPasswordField": CurrentPasswordField_69d0459dbd0e3429859725209881c90b,
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
  "speakers-bureau-cms/client#SpeakerHolds": SpeakerHolds_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#ReviewHistoryField": ReviewHistoryField_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#ReviewQueueLinks": ReviewQueueLinks_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#ReviewActions": ReviewActions_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#KeepEditLock": KeepEditLock_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#PublishForReviewers": PublishForReviewers_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#DayCell": DayCell_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#DayField": DayField_69d0459dbd0e3429859725209881c90b,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "speakers-bureau-cms/client#PersonCell": PersonCell_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#OptionalTextCell": OptionalTextCell_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#BookingStatusField": BookingStatusField_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#PersonEmail": PersonEmail_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#AssignToMe": AssignToMe_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#InternalNoteField": InternalNoteField_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#StatusHistoryField": StatusHistoryField_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#BookingQueueLinks": BookingQueueLinks_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#ProposalActions": ProposalActions_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#HoldClashWarning": HoldClashWarning_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/client#PrivacyNavLink": PrivacyNavLink_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/rsc#WorkQueues": WorkQueues_9496d15d40cd3076f6586eb9441116c5,
  "speakers-bureau-cms/client#LockHolderNames": LockHolderNames_69d0459dbd0e3429859725209881c90b,
  "speakers-bureau-cms/rsc#PrivacyView": PrivacyView_9496d15d40cd3076f6586eb9441116c5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
