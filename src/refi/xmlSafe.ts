/** XML 1.0 has no place for control characters (but tab, LF, CR), U+FFFE/U+FFFF or lone surrogates. */
const NOT_XML = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]' +
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
);

/** A value as XML 1.0 can hold it: a string without those characters; anything else as it is. */
export const xmlSafe = (v: unknown) => (typeof v === 'string' ? v.replace(NOT_XML, '') : v);
