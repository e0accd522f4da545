/** The options page reads the log of repaired stored values only through here. */
export {
  clearRecoveries,
  describeRecovery,
  getRecoveries,
  type Recovery,
  watchRecoveries,
} from '../../storage/recoveries';
