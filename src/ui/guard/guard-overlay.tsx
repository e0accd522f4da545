import { PauseDialog, type PauseDialogActions, type PauseDialogModel } from './pause-dialog';
import { UndoNotice, type UndoNoticeModel } from './undo-notice';
import { WarningChip, type WarningModel } from './warning-chip';

/** Everything the guard shows on the page at one moment. */
export interface OverlayView {
  warning: WarningModel | null;
  dialog: PauseDialogModel | null;
  /** A confirmation above the composer ("Saved to your unsent notes", "Got it…") with Undo. */
  notice: UndoNoticeModel | null;
}

/** What the person can do in the overlay: the dialog's ways out, and the chip's correction. */
export interface OverlayActions extends PauseDialogActions {
  /** Back to the message box (after a question was cancelled). */
  returnToComposer(): void;
}

export function GuardOverlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  return (
    <>
      <WarningChip
        model={view.dialog || view.notice ? null : view.warning}
        onNotRisky={actions.notRisky}
        onCancel={actions.returnToComposer}
      />
      <UndoNotice
        model={view.dialog ? null : view.notice}
        onUndo={actions.undo}
        onDismiss={actions.dismissNotice}
      />
      {view.dialog ? <PauseDialog model={view.dialog} actions={actions} /> : null}
    </>
  );
}
