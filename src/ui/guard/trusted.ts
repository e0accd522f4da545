/** Only a real person's input may act: events the page dispatches are not trusted. */
export function trusted(action: () => void) {
  return (event: Event) => {
    if (event.isTrusted) action();
  };
}
