import * as migration_20261125_181918_initial from './20261125_181918_initial';

export const migrations = [
  {
    up: migration_20261125_181918_initial.up,
    down: migration_20261125_181918_initial.down,
    name: '20261125_181918_initial'
  },
];
