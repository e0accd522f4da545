import { PauseDialog, type PauseDialogActions, type PauseDialogModel } from './pause-dialog';
import { WarningChip, type WarningModel } from './warning-chip';

/** Everything the guard shows on the page at one moment. */
export interface OverlayView {
  warning: WarningModel | null;
  dialog: PauseDialogModel | null;
}

export function GuardOverlay({
  view,
  actions,
}: {
  view: OverlayView;
  actions: PauseDialogActions;
}) {
  return (
    <>
      <WarningChip model={view.dialog ? null : view.warning} />
      {view.dialog ? <PauseDialog model={view.dialog} actions={actions} /> : null}
    </>
  );
}
