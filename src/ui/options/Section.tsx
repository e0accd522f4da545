import type { ComponentChildren } from 'preact';

/** One card of the options page, reachable from the page's table of contents by its id. */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section id={id} class="card section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="section__title">
        {title}
      </h2>
      {intro && <p class="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
