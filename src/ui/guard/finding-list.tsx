import type { Finding } from '../../rules/types';

/** Each pattern seen: why it tends to backfire, and what to try instead. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="st-findings">
      {findings.map((finding) => (
        <li key={finding.rule} class="st-finding">
          <p class="st-finding__reason">{finding.reason}</p>
          <p class="st-finding__suggestion">{finding.suggestion}</p>
        </li>
      ))}
    </ul>
  );
}
