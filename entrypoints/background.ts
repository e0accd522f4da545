import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring is added with the storage layer.
});
