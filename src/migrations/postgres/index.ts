import * as migration_20261125_181908_initial from './20261125_181908_initial';
import * as migration_20261125_185445_content_model from './20261125_185445_content_model';
import * as migration_20261125_192114_review_workflow from './20261125_192114_review_workflow';
import * as migration_20261125_193502_booking_requests from './20261125_193502_booking_requests';
import * as migration_20261126_015018_revalidate_frontend_task from './20261126_015018_revalidate_frontend_task';
import * as migration_20261126_023000_read_path_indexes from './20261126_023000_read_path_indexes';
import * as migration_20261126_040000_published_list_order_indexes from './20261126_040000_published_list_order_indexes';
import * as migration_20261202_190421_review_gate_shared_content from './20261202_190421_review_gate_shared_content';
import * as migration_20261203_063151_rate_limit_counters from './20261203_063151_rate_limit_counters';
import * as migration_20261203_070402_booking_reference from './20261203_070402_booking_reference';
import * as migration_20261203_075828_sign_in_without_lockout from './20261203_075828_sign_in_without_lockout';
import * as migration_20261203_111445_dates_and_names from './20261203_111445_dates_and_names';
import * as migration_20261204_041927_review_deliveries from './20261204_041927_review_deliveries';
import * as migration_20261204_072954_search_terms from './20261204_072954_search_terms';
import * as migration_20261204_140816_proposals_holds from './20261204_140816_proposals_holds';
import * as migration_20261204_143459_engagement_claims from './20261204_143459_engagement_claims';
import * as migration_20261204_174151_privacy_and_users from './20261204_174151_privacy_and_users';
import * as migration_20261204_174716_booking_consent from './20261204_174716_booking_consent';
import * as migration_20261205_093000_familiar_surnames from './20261205_093000_familiar_surnames';
import * as migration_20261205_120000_korean_given_names from './20261205_120000_korean_given_names';
import * as migration_20261205_230000_chinese_given_names from './20261205_230000_chinese_given_names';
import * as migration_20261206_090419_portable_search_index from './20261206_090419_portable_search_index';

export const migrations = [
  {
    up: migration_20261125_181908_initial.up,
    down: migration_20261125_181908_initial.down,
    name: '20261125_181908_initial',
  },
  {
    up: migration_20261125_185445_content_model.up,
    down: migration_20261125_185445_content_model.down,
    name: '20261125_185445_content_model',
  },
  {
    up: migration_20261125_192114_review_workflow.up,
    down: migration_20261125_192114_review_workflow.down,
    name: '20261125_192114_review_workflow',
  },
  {
    up: migration_20261125_193502_booking_requests.up,
    down: migration_20261125_193502_booking_requests.down,
    name: '20261125_193502_booking_requests',
  },
  {
    up: migration_20261126_015018_revalidate_frontend_task.up,
    down: migration_20261126_015018_revalidate_frontend_task.down,
    name: '20261126_015018_revalidate_frontend_task',
  },
  {
    up: migration_20261126_023000_read_path_indexes.up,
    down: migration_20261126_023000_read_path_indexes.down,
    name: '20261126_023000_read_path_indexes',
  },
  {
    up: migration_20261126_040000_published_list_order_indexes.up,
    down: migration_20261126_040000_published_list_order_indexes.down,
    name: '20261126_040000_published_list_order_indexes',
  },
  {
    up: migration_20261202_190421_review_gate_shared_content.up,
    down: migration_20261202_190421_review_gate_shared_content.down,
    name: '20261202_190421_review_gate_shared_content',
  },
  {
    up: migration_20261203_063151_rate_limit_counters.up,
    down: migration_20261203_063151_rate_limit_counters.down,
    name: '20261203_063151_rate_limit_counters',
  },
  {
    up: migration_20261203_070402_booking_reference.up,
    down: migration_20261203_070402_booking_reference.down,
    name: '20261203_070402_booking_reference',
  },
  {
    up: migration_20261203_075828_sign_in_without_lockout.up,
    down: migration_20261203_075828_sign_in_without_lockout.down,
    name: '20261203_075828_sign_in_without_lockout',
  },
  {
    up: migration_20261203_111445_dates_and_names.up,
    down: migration_20261203_111445_dates_and_names.down,
    name: '20261203_111445_dates_and_names',
  },
  {
    up: migration_20261204_041927_review_deliveries.up,
    down: migration_20261204_041927_review_deliveries.down,
    name: '20261204_041927_review_deliveries',
  },
  {
    up: migration_20261204_072954_search_terms.up,
    down: migration_20261204_072954_search_terms.down,
    name: '20261204_072954_search_terms',
  },
  {
    up: migration_20261204_140816_proposals_holds.up,
    down: migration_20261204_140816_proposals_holds.down,
    name: '20261204_140816_proposals_holds',
  },
  {
    up: migration_20261204_143459_engagement_claims.up,
    down: migration_20261204_143459_engagement_claims.down,
    name: '20261204_143459_engagement_claims',
  },
  {
    up: migration_20261204_174151_privacy_and_users.up,
    down: migration_20261204_174151_privacy_and_users.down,
    name: '20261204_174151_privacy_and_users',
  },
  {
    up: migration_20261204_174716_booking_consent.up,
    down: migration_20261204_174716_booking_consent.down,
    name: '20261204_174716_booking_consent',
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
    up: migration_20261206_090419_portable_search_index.up,
    down: migration_20261206_090419_portable_search_index.down,
    name: '20261206_090419_portable_search_index'
  },
];
