import { CARE_LINES, FIND_A_HELPLINE } from './care-resources';

/** Leads the dialog when a draft reads as a crisis: support first, no "are you sure?". */
export function CareSupport() {
  return (
    <header class="st-dialog__head st-care">
      <h2 id="st-dialog-title">You don't have to carry this alone</h2>
      <div id="st-dialog-desc">
        <p>
          What you wrote sounds like a lot of pain. If you are thinking about ending your life or
          hurting yourself, please reach out to someone now:
        </p>
        <ul class="st-care__lines">
          {CARE_LINES.map((line) => (
            <li key={line.region}>
              <strong>{line.region}:</strong> {line.text}
            </li>
          ))}
          <li>
            {FIND_A_HELPLINE.before}
            <a href={FIND_A_HELPLINE.href} target="_blank" rel="noreferrer noopener">
              {FIND_A_HELPLINE.link}
            </a>
            {FIND_A_HELPLINE.after}
          </li>
          <li>If you are in danger right now, call your local emergency number.</li>
        </ul>
        <p>
          A friend or someone you trust can help too. Whatever you decide about this message is up
          to you.
        </p>
      </div>
    </header>
  );
}
