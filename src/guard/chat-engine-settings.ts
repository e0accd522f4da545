import type { EngineSettings } from '../rules/types';
import type { SiteId } from '../sites/types';
import { rulesOffInChat } from '../storage/not-risky';
import type { Settings } from '../storage/settings-schema';

/**
 * The engine settings for one chat: the person's settings with the rules they marked "not risky
 * in this chat" switched off. The same object is returned while neither the settings nor the
 * chat change, so the analyser's caches (keyed by the settings object) keep working while typing.
 */
export class ChatEngineSettings {
  private last: {
    settings: Settings;
    site: SiteId;
    title: string | null;
    engine: EngineSettings;
  } | null = null;

  for(settings: Settings, site: SiteId, title: string | null): EngineSettings {
    const last = this.last;
    if (last && last.settings === settings && last.site === site && last.title === title) {
      return last.engine;
    }
    const off = rulesOffInChat(settings, site, title);
    const engine =
      off.length === 0
        ? settings.engine
        : {
            ...settings.engine,
            enabledRules: Object.fromEntries(
              Object.entries(settings.engine.enabledRules).map(([id, on]) => [
                id,
                on && !off.includes(id),
              ]),
            ) as EngineSettings['enabledRules'],
          };
    this.last = { settings, site, title, engine };
    return engine;
  }
}
