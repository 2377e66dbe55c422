import * as migration_20261125_181908_initial from './20261125_181908_initial';

export const migrations = [
  {
    up: migration_20261125_181908_initial.up,
    down: migration_20261125_181908_initial.down,
    name: '20261125_181908_initial'
  },
];
