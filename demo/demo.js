// The language switcher: sets <html lang>, which every widget without a
// lang of its own follows.
for (const input of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="lang"]'))) {
  input.checked = input.value === document.documentElement.lang;
  input.addEventListener('change', () => {
    document.documentElement.lang = input.value;
  });
}
