// Test stand-in for `got` inside Electronegativity: its only use there is
// fetching fresh translations, and the scan must make no network request.
// Every call rejects at once, as if offline; the tool then uses its bundled en-US text.
module.exports = function offlineGot() {
  return Promise.reject(new Error('offline: the security scan makes no network request'));
};
