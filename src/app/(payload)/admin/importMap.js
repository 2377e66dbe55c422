import { CurrentPasswordField as CurrentPasswordField_5bf345c4caf5e4c95d95f017f0c13e38 } from '../../../auth/admin/CurrentPasswordField'
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
import { ReviewHistoryField as ReviewHistoryField_edd985b28763b579b9dd041b38486527 } from '../../../reviews/admin/ReviewHistoryField'
import { ReviewQueueLinks as ReviewQueueLinks_bbc2f673c6f56ece005545e5d878f7b3 } from '../../../reviews/admin/ReviewQueueLinks'
import { ReviewActions as ReviewActions_57dea4a06d3cf0766c7e2d357cd6d7d1 } from '../../../reviews/admin/ReviewActions'
import { KeepEditLock as KeepEditLock_dbefc8ebbc6cc5ba9d643b2f63a4318d } from '../../../reviews/admin/KeepEditLock'
import { PublishForReviewers as PublishForReviewers_7d9fa8a730c75be717c225c17a510315 } from '../../../reviews/admin/PublishForReviewers'
import { DayCell as DayCell_244e7a6ae717c2b52460fe531512c75c } from '../../../admin/dates/DayCell'
import { DayField as DayField_9600be78a4fd14cbb90767821d9ff488 } from '../../../admin/dates/DayField'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PersonCell as PersonCell_64fb922c6715488bbadc51c40bb7ca5a } from '../../../reviews/admin/PersonCell'
import { BookingStatusField as BookingStatusField_1d8704b36ea575b2cdeaa158fde02b7d } from '../../../bookings/admin/BookingStatusField'
import { PersonEmail as PersonEmail_ce355bbdc77e1912c19cd0ae8a859d23 } from '../../../bookings/admin/PersonEmail'
import { AssignToMe as AssignToMe_74c84c6d997284cb6cc26c2b473621f4 } from '../../../bookings/admin/AssignToMe'
import { InternalNoteField as InternalNoteField_ac34d03440efdddd562c680169151570 } from '../../../bookings/admin/InternalNoteField'
import { StatusHistoryField as StatusHistoryField_fb48dc9765c50b0704572e46c458d71c } from '../../../bookings/admin/StatusHistoryField'
import { BookingQueueLinks as BookingQueueLinks_a89f778d8e2fe582157b43d4814c67f7 } from '../../../bookings/admin/BookingQueueLinks'
import { OptionalTextCell as OptionalTextCell_0d18b0fd8665e5b26ecc5a074e9a095c } from '../../../bookings/admin/OptionalTextCell'
import { WorkQueues as WorkQueues_edb0ad9fb70df39ff73b49b35e119aa7 } from '../../../admin/WorkQueues'
import { LockHolderNames as LockHolderNames_acafcd76cf6d0329846d58492e4d749e } from '../../../admin/people/LockHolderNames'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/auth/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_5bf345c4caf5e4c95d95f017f0c13e38,
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
  "/reviews/admin/ReviewHistoryField#ReviewHistoryField": ReviewHistoryField_edd985b28763b579b9dd041b38486527,
  "/reviews/admin/ReviewQueueLinks#ReviewQueueLinks": ReviewQueueLinks_bbc2f673c6f56ece005545e5d878f7b3,
  "/reviews/admin/ReviewActions#ReviewActions": ReviewActions_57dea4a06d3cf0766c7e2d357cd6d7d1,
  "/reviews/admin/KeepEditLock#KeepEditLock": KeepEditLock_dbefc8ebbc6cc5ba9d643b2f63a4318d,
  "/reviews/admin/PublishForReviewers#PublishForReviewers": PublishForReviewers_7d9fa8a730c75be717c225c17a510315,
  "/admin/dates/DayCell#DayCell": DayCell_244e7a6ae717c2b52460fe531512c75c,
  "/admin/dates/DayField#DayField": DayField_9600be78a4fd14cbb90767821d9ff488,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/reviews/admin/PersonCell#PersonCell": PersonCell_64fb922c6715488bbadc51c40bb7ca5a,
  "/bookings/admin/BookingStatusField#BookingStatusField": BookingStatusField_1d8704b36ea575b2cdeaa158fde02b7d,
  "/bookings/admin/PersonEmail#PersonEmail": PersonEmail_ce355bbdc77e1912c19cd0ae8a859d23,
  "/bookings/admin/AssignToMe#AssignToMe": AssignToMe_74c84c6d997284cb6cc26c2b473621f4,
  "/bookings/admin/InternalNoteField#InternalNoteField": InternalNoteField_ac34d03440efdddd562c680169151570,
  "/bookings/admin/StatusHistoryField#StatusHistoryField": StatusHistoryField_fb48dc9765c50b0704572e46c458d71c,
  "/bookings/admin/BookingQueueLinks#BookingQueueLinks": BookingQueueLinks_a89f778d8e2fe582157b43d4814c67f7,
  "/bookings/admin/OptionalTextCell#OptionalTextCell": OptionalTextCell_0d18b0fd8665e5b26ecc5a074e9a095c,
  "/admin/WorkQueues#WorkQueues": WorkQueues_edb0ad9fb70df39ff73b49b35e119aa7,
  "/admin/people/LockHolderNames#LockHolderNames": LockHolderNames_acafcd76cf6d0329846d58492e4d749e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
