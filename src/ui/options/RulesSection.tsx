import { i18n } from '#i18n';
import { RULE_IDS } from '../../rules/types';
import type { Settings } from '../../storage/settings-schema';
import { RULE_LABELS } from '../rule-text';
import { Switch } from '../shared/Switch';
import { Section } from './Section';
import type { Save } from './use-saver';

/** One switch per pattern, each with the reason it is worth a pause. */
export function RulesSection({ settings, save }: { settings: Settings; save: Save }) {
  const enabled = settings.engine.enabledRules;
  return (
    <Section
      id="patterns"
      title={i18n.t('options.patterns.title')}
      intro={i18n.t('options.patterns.intro')}
    >
      <div class="stack">
        {RULE_IDS.map((rule) => (
          <Switch
            key={rule}
            id={`rule-${rule}`}
            label={RULE_LABELS[rule].name}
            description={RULE_LABELS[rule].reason}
            checked={enabled[rule]}
            onChange={(on) =>
              save((s) => ({
                ...s,
                engine: { ...s.engine, enabledRules: { ...s.engine.enabledRules, [rule]: on } },
              }))
            }
          />
        ))}
      </div>
    </Section>
  );
}
