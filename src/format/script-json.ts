/**
 * JSON text that stays whole inside a `<script>` element: `<` is written `\u003c`, which JSON
 * reads back as `<`, so no `</script>` or `<!--` can form in it, whatever the data says.
 */
export const scriptSafeJson = (json: string): string => json.replace(/</g, '\\u003c');
