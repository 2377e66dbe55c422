import * as migration_20261125_181918_initial from './20261125_181918_initial';
import * as migration_20261125_185440_content_model from './20261125_185440_content_model';
import * as migration_20261125_192109_review_workflow from './20261125_192109_review_workflow';
import * as migration_20261125_193457_booking_requests from './20261125_193457_booking_requests';
import * as migration_20261202_190413_review_gate_shared_content from './20261202_190413_review_gate_shared_content';
import * as migration_20261203_063141_rate_limit_counters from './20261203_063141_rate_limit_counters';
import * as migration_20261203_070356_booking_reference from './20261203_070356_booking_reference';
import * as migration_20261203_075818_sign_in_without_lockout from './20261203_075818_sign_in_without_lockout';
import * as migration_20261203_111435_dates_and_names from './20261203_111435_dates_and_names';
import * as migration_20261204_041911_review_deliveries from './20261204_041911_review_deliveries';
import * as migration_20261204_072947_search_terms from './20261204_072947_search_terms';
import * as migration_20261204_140807_proposals_holds from './20261204_140807_proposals_holds';
import * as migration_20261204_143447_engagement_claims from './20261204_143447_engagement_claims';
import * as migration_20261204_174143_privacy_and_users from './20261204_174143_privacy_and_users';
import * as migration_20261204_174708_booking_consent from './20261204_174708_booking_consent';
import * as migration_20261205_093000_familiar_surnames from './20261205_093000_familiar_surnames';
import * as migration_20261205_120000_korean_given_names from './20261205_120000_korean_given_names';
import * as migration_20261205_230000_chinese_given_names from './20261205_230000_chinese_given_names';
import * as migration_20261206_090408_portable_search_index from './20261206_090408_portable_search_index';

export const migrations = [
  {
    up: migration_20261125_181918_initial.up,
    down: migration_20261125_181918_initial.down,
    name: '20261125_181918_initial',
  },
  {
    up: migration_20261125_185440_content_model.up,
    down: migration_20261125_185440_content_model.down,
    name: '20261125_185440_content_model',
  },
  {
    up: migration_20261125_192109_review_workflow.up,
    down: migration_20261125_192109_review_workflow.down,
    name: '20261125_192109_review_workflow',
  },
  {
    up: migration_20261125_193457_booking_requests.up,
    down: migration_20261125_193457_booking_requests.down,
    name: '20261125_193457_booking_requests',
  },
  {
    up: migration_20261202_190413_review_gate_shared_content.up,
    down: migration_20261202_190413_review_gate_shared_content.down,
    name: '20261202_190413_review_gate_shared_content',
  },
  {
    up: migration_20261203_063141_rate_limit_counters.up,
    down: migration_20261203_063141_rate_limit_counters.down,
    name: '20261203_063141_rate_limit_counters',
  },
  {
    up: migration_20261203_070356_booking_reference.up,
    down: migration_20261203_070356_booking_reference.down,
    name: '20261203_070356_booking_reference',
  },
  {
    up: migration_20261203_075818_sign_in_without_lockout.up,
    down: migration_20261203_075818_sign_in_without_lockout.down,
    name: '20261203_075818_sign_in_without_lockout',
  },
  {
    up: migration_20261203_111435_dates_and_names.up,
    down: migration_20261203_111435_dates_and_names.down,
    name: '20261203_111435_dates_and_names',
  },
  {
    up: migration_20261204_041911_review_deliveries.up,
    down: migration_20261204_041911_review_deliveries.down,
    name: '20261204_041911_review_deliveries',
  },
  {
    up: migration_20261204_072947_search_terms.up,
    down: migration_20261204_072947_search_terms.down,
    name: '20261204_072947_search_terms',
  },
  {
    up: migration_20261204_140807_proposals_holds.up,
    down: migration_20261204_140807_proposals_holds.down,
    name: '20261204_140807_proposals_holds',
  },
  {
    up: migration_20261204_143447_engagement_claims.up,
    down: migration_20261204_143447_engagement_claims.down,
    name: '20261204_143447_engagement_claims',
  },
  {
    up: migration_20261204_174143_privacy_and_users.up,
    down: migration_20261204_174143_privacy_and_users.down,
    name: '20261204_174143_privacy_and_users',
  },
  {
    up: migration_20261204_174708_booking_consent.up,
    down: migration_20261204_174708_booking_consent.down,
    name: '20261204_174708_booking_consent',
  },
  {
    up: migration_20261205_093000_familiar_surnames.up,
    down: migration_20261205_093000_familiar_surnames.down,
    name: '20261205_093000_familiar_surnames',
  },
  {
    up: migration_20261205_120000_korean_given_names.up,
    down: migration_20261205_120000_korean_given_names.down,
    name: '20261205_120000_korean_given_names',
  },
  {
    up: migration_20261205_230000_chinese_given_names.up,
    down: migration_20261205_230000_chinese_given_names.down,
    name: '20261205_230000_chinese_given_names',
  },
  {
    up: migration_20261206_090408_portable_search_index.up,
    down: migration_20261206_090408_portable_search_index.down,
    name: '20261206_090408_portable_search_index'
  },
];
