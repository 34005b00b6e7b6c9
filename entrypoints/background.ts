export default defineBackground(() => {
  // The background script owns storage and messaging; the extension issue fills it.
});
