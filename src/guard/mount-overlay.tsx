import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import guardCss from '../ui/guard/guard.css?inline';
import { GuardOverlay } from '../ui/guard/guard-overlay';
import { OVERLAY_TAG } from './overlay-tag';
import type { OverlayRenderer } from './types';

/**
 * Mounts the guard's overlay in a closed shadow root at the end of <body>: the site's CSS cannot
 * restyle it and page scripts cannot reach into it. The host takes no space (its content is
 * fixed-positioned), so the site's layout never shifts. Key events inside it do not bubble out,
 * so the site's global shortcuts do not fire while the person uses the dialog.
 */
export async function mountOverlay(ctx: ContentScriptContext): Promise<OverlayRenderer> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'closed',
    css: guardCss,
    isolateEvents: true,
    onMount(uiContainer, _shadow, host) {
      host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483000;';
      container = uiContainer;
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  ui.mount();
  return {
    render(view, actions) {
      if (!container) return;
      // The site may rebuild <body>'s children; put the host back if it was removed.
      if (!ui.shadowHost.isConnected) ui.mount();
      render(<GuardOverlay view={view} actions={actions} />, container);
    },
    isAttached: () => container !== null && ui.shadowHost.isConnected,
  };
}
