import { findingReason, findingSuggestion } from '../../i18n/rule-text';
import type { Finding } from '../../rules/types';

/** Each pattern seen: why it tends to backfire, and what to try instead. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="st-findings">
      {findings.map((finding) => (
        <li key={finding.rule} class="st-finding">
          <p class="st-finding__reason">{findingReason(finding)}</p>
          <p class="st-finding__suggestion">{findingSuggestion(finding)}</p>
        </li>
      ))}
    </ul>
  );
}
