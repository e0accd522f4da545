/** The pages read and write settings only through here (storage owns validation and watching). */

export { exportSettingsJson, parseSettingsImport } from '../../storage/import-export';
export { getSettings, updateSettings, watchSettings } from '../../storage/settings';
